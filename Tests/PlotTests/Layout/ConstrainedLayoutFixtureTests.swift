import Foundation
import Testing
@testable import Plot

/// `layout="constrained"` against matplotlib 3.11.2 (`layout_constrained.json`):
/// every axes box of grids with long labels, titles, suptitles, wide tick
/// labels and shared axes, to half a pixel; and the default layout's boxes,
/// exactly, as a control.
@Suite struct ConstrainedLayoutFixtureTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let name: String
            let spec: FigureSpec
            let expected: Expected
        }

        struct Expected: Decodable {
            let axes: [[Double]]
            let canvas: [Double]
        }

        let cases: [Case]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("layout_constrained.json")
        do {
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        } catch {
            fatalError("layout_constrained.json could not be read: \(error)")
        }
    }()

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func axesBoxesMatchMatplotlib(_ name: String) throws {
        let testCase = try #require(Self.fixture.cases.first { $0.name == name })
        let (figure, grid) = try testCase.spec.build()
        let size = figure.pixelSize
        #expect([Double(size.width), Double(size.height)] == testCase.expected.canvas)
        figure.applyLayout(measurer: try RecordingRenderer(dpi: figure.dpi))
        #expect(figure.layoutWarning == nil)
        let tolerance = testCase.spec.layout == nil ? 1e-6 : 0.5
        for (index, (axes, expected)) in zip(grid, testCase.expected.axes).enumerated() {
            let box = axes.box(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
            let ours = [box.minX, box.minY, box.maxX, box.maxY]
            let worst = zip(ours, expected).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= tolerance, "\(name) axes \(index): \(ours) vs matplotlib \(expected)")
        }
    }
}
