import Foundation
import Testing
@testable import Plot

@Suite struct CairoOutputTests {
    /// A bar of tab10 blue at alpha 0.4 over white is #a5c8e1 (spec §5).
    @Test func translucentBarPixelColour() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.bar(edges: [0, 1], heights: [1], color: Color.tab10[0], alpha: 0.4)
        let renderer = try CairoRenderer(format: .png, widthPixels: 640, heightPixels: 480, dpi: 100)
        figure.draw(with: renderer)
        let inside = try #require(renderer.rgbaPixel(x: 320, y: 240))
        #expect(inside.description == "#a5c8e1")
        let outside = try #require(renderer.rgbaPixel(x: 5, y: 5))
        #expect(outside == .white)
    }

    @Test func pngHasSignatureAndSize() throws {
        let bytes = try makeDemoFigure().encoded(as: .png)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        // IHDR width and height, big-endian, at bytes 16..<24.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 640 && height == 480)
    }

    @Test func pdfIsValidAndKeepsTextAsText() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("demo.pdf")
        try makeDemoFigure().save(to: url)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: bytes.suffix(16), as: UTF8.self).contains("%%EOF"))
        if let info = try runTool("pdfinfo", [url.path]) {
            #expect(info.status == 0)
            #expect(info.output.contains("460.8 x 345.6 pts"))
        }
        if let fonts = try runTool("pdffonts", [url.path]) {
            #expect(fonts.output.contains("DejaVuSans"))
        }
        if let text = try runTool("pdftotext", [url.path, "-"]) {
            #expect(text.output.contains("Demo"))
        }
    }

    @Test func svgIsWellFormedVector() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("demo.svg")
        try makeDemoFigure().save(to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("width=\"460.8pt\""))
        #expect(!text.contains("<image"))
        if let lint = try runTool("xmllint", ["--noout", url.path]) {
            #expect(lint.status == 0, "\(lint.output)")
        }
    }
}
