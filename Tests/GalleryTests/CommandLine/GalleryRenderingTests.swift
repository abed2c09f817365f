import Foundation
import Testing

@testable import vi_gallery

/// `vi-gallery` and `vi-gallery render`: the files, the progress lines, and
/// that a figure renders to the same bytes every time.
@Suite struct GalleryRenderingTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.file(path)))
    }

    /// The width and height in a PNG's IHDR chunk.
    private func pngSize(_ png: [UInt8]) -> (width: Int, height: Int) {
        let number = { (offset: Int) in png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func noArgumentsRendersEveryFigureAsPNGAndPDFIntoGallery() throws {
        let run = try GalleryProcess.run([], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let expected = GalleryFigure.names.flatMap { ["\($0).pdf", "\($0).png"] }.sorted()
        #expect(try folder.fileNames(in: "Gallery") == expected)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        for (line, name) in zip(lines, GalleryFigure.names) {
            #expect(line.hasPrefix(name + " "))
            #expect(line.contains("Gallery/\(name).png, Gallery/\(name).pdf"))
            #expect(line.hasSuffix(" s"))
        }
        #expect(lines.contains("Wrote \(expected.count) files to Gallery:"))
        for name in GalleryFigure.names {
            #expect(try bytes("Gallery/\(name).png").starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            #expect(try bytes("Gallery/\(name).pdf").starts(with: Array("%PDF-".utf8)))
        }
    }

    @Test func theComponentsFigureIsTheNotebooks14By10Inches() throws {
        let run = try GalleryProcess.run(["render", "components", "--format", "png", "--dpi", "50"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let size = pngSize(try bytes("Gallery/components.png"))
        #expect(size.width == 700 && size.height == 500)
    }

    @Test func renderWritesOnlyTheChosenFiguresAndFormatsIntoTheOutputFolder() throws {
        let run = try GalleryProcess.run(
            ["render", "notebook-as-written", "notebook-as-written", "--output", "out/figures", "--format", "svg,png"],
            in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try folder.fileNames(in: "out/figures") == ["notebook-as-written.png", "notebook-as-written.svg"])
        #expect(String(decoding: try bytes("out/figures/notebook-as-written.svg"), as: UTF8.self).contains("<svg"))
        #expect(run.standardOutput.contains("Wrote 2 files to out/figures:"))
    }

    @Test func rerenderingGivesByteIdenticalPNGs() throws {
        for name in GalleryFigure.names {
            let first = try GalleryProcess.run(["render", name, "--format", "png", "--output", "first"], in: folder.url)
            let second = try GalleryProcess.run(["render", name, "--format", "png", "--output", "second"], in: folder.url)
            #expect(first.status == 0 && second.status == 0)
            #expect(try bytes("first/\(name).png") == bytes("second/\(name).png"), "\(name)")
        }
    }

    /// With SOURCE_DATE_EPOCH set (as Tools/render-gallery.sh does), PDFs
    /// carry that date instead of the current time and re-render identically.
    @Test func sourceDateEpochMakesPDFsByteIdentical() throws {
        let epoch = ["SOURCE_DATE_EPOCH": "1764115200"]
        for output in ["first", "second"] {
            let run = try GalleryProcess.run(
                ["render", "components", "--format", "pdf", "--output", output], in: folder.url, environment: epoch)
            #expect(run.status == 0)
        }
        let pdf = try bytes("first/components.pdf")
        #expect(pdf == (try bytes("second/components.pdf")))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (20251126000000)"))
    }

    @Test func anOutputFolderThatCannotBeCreatedFailsWithStatus1() throws {
        try folder.write("not a folder", to: "blocker")
        let run = try GalleryProcess.run(["render", "components", "--output", "blocker/figures"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("cannot create the output folder blocker/figures"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func figuresThatCannotBeDrawnFailWithStatus1AndLeaveNoFiles() throws {
        let run = try GalleryProcess.run(["--dpi", "5000"], in: folder.url)
        #expect(run.status == 1)
        for name in GalleryFigure.names {
            #expect(run.standardError.contains("\(name): FAILED: invalid figure size"))
        }
        #expect(run.standardError.contains("\(GalleryFigure.all.count) of \(GalleryFigure.all.count) figures could not be written"))
        #expect(try folder.fileNames(in: "Gallery").isEmpty)
    }
}
