import Foundation
import TestSupport
import Testing
@testable import Plot

/// `savefig(bbox_inches="tight")` against matplotlib 3.11.2
/// (`layout_tight_bbox.json`): the saved canvas size to a pixel, and the
/// axes boxes in the saved file's frame to half a pixel, for bare axes,
/// labels, wide tick labels, legends and text outside the axes, grids and a
/// constrained grid with a suptitle.
@Suite struct TightBoundsFixtureTests {
    enum Records {
        struct Expected: Decodable {
            let axes: [[Double]]
            let saved_png_px: [Int]
        }
    }

    static let fixture = LayoutFixture<Records.Expected>.load("layout_tight_bbox.json")

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func tightCanvasMatchesMatplotlib(_ name: String) throws {
        let testCase = try Self.fixture.named(name)
        let (figure, grid) = try testCase.spec.build()
        let png = try figure.encoded(as: .png, bounds: .tight)
        let size = try #require(PNGHeader(png))
        #expect(abs(size.width - testCase.expected.saved_png_px[0]) <= 1 && abs(size.height - testCase.expected.saved_png_px[1]) <= 1,
                "\(name): \(size) vs matplotlib \(testCase.expected.saved_png_px)")
        // The same crop, measured: where the axes land in the saved frame.
        let ink = figure.tightBounds(measurer: try RecordingRenderer(dpi: figure.dpi))
        let pad = 0.1 * figure.dpi
        let left = ink.minX - pad, bottom = ink.maxY + pad
        let full = figure.pixelSize
        for (index, (axes, expected)) in zip(grid, testCase.expected.axes).enumerated() {
            let box = axes.box(canvasWidth: Double(full.width), canvasHeight: Double(full.height))
            let top = bottom - Double(size.height)
            let ours = [box.minX - left, box.minY - top, box.maxX - left, box.maxY - top]
            let worst = largestDifference(ours, expected)
            #expect(worst <= 0.5, "\(name) axes \(index): \(ours) vs matplotlib \(expected)")
        }
    }
}

/// The width and height an encoded PNG's IHDR chunk gives.
struct PNGHeader {
    let width: Int
    let height: Int

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        func integer(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = integer(at: 16)
        height = integer(at: 20)
    }
}
