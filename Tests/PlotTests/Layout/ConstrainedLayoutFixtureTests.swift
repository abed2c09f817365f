import Foundation
import TestSupport
import Testing
@testable import Plot

/// `layout="constrained"` against matplotlib 3.11.2 (`layout_constrained.json`):
/// every axes box of grids with long labels, titles, suptitles, wide tick
/// labels and shared axes, to half a pixel; and the default layout's boxes,
/// exactly, as a control.
@Suite struct ConstrainedLayoutFixtureTests {
    enum Records {
        struct Expected: Decodable {
            let axes: [[Double]]
            let canvas: [Double]
        }
    }

    static let fixture = LayoutFixture<Records.Expected>.load("layout_constrained.json")

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func axesBoxesMatchMatplotlib(_ name: String) throws {
        let testCase = try Self.fixture.named(name)
        let (figure, grid) = try testCase.spec.build()
        let size = figure.pixelSize
        #expect([Double(size.width), Double(size.height)] == testCase.expected.canvas)
        figure.applyLayout(measurer: try RecordingRenderer(dpi: figure.dpi))
        #expect(figure.layoutWarning == nil)
        let tolerance = testCase.spec.layout == nil ? 1e-6 : 0.5
        for (index, (axes, expected)) in zip(grid, testCase.expected.axes).enumerated() {
            let box = axes.box(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
            let ours = [box.minX, box.minY, box.maxX, box.maxY]
            let worst = largestDifference(ours, expected)
            #expect(worst <= tolerance, "\(name) axes \(index): \(ours) vs matplotlib \(expected)")
        }
    }
}
