import Foundation
import Testing
@testable import Plot

/// PNGs carry their dpi as matplotlib's do: a pHYs chunk after IHDR, which
/// PIL (and every viewer) reads back as the figure's dpi.
@Suite struct PNGResolutionTests {
    @Test(arguments: [72.0, 100, 150, 300])
    func pngCarriesItsDpi(_ dpi: Double) throws {
        let figure = Figure(width: 2, height: 1, dpi: dpi)
        figure.addAxes()
        let png = try figure.encoded(as: .png)
        // IHDR is 8 + 13 + 4 bytes after the 8-byte signature; pHYs follows.
        let chunk = Array(png[33..<54])
        #expect(Array(chunk[4..<8]) == Array("pHYs".utf8))
        let perMetre = chunk[8..<12].reduce(0) { $0 << 8 | Int($1) }
        #expect(perMetre == Int((dpi / 0.0254).rounded()))
        #expect(chunk[16] == 1)
        let size = try #require(PNGHeader(png))
        #expect(size.width == figure.pixelSize.width && size.height == figure.pixelSize.height)
    }

    @Test func stampingTwiceAddsOneChunk() throws {
        let figure = Figure(width: 1, height: 1)
        let png = try figure.encoded(as: .png)
        #expect(PNGResolution.stamped(png, dpi: 100) == png)
    }
}
