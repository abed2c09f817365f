import Foundation
import TestSupport
import Testing
@testable import Plot

/// `plt.subplots(sharex=…, sharey=…)` against matplotlib 3.11.2
/// (`ticks_shared.json`): the shared limits after autoscaling from every
/// member's data, the ticks, and which tick labels and offset texts remain.
@Suite struct SharedAxesFixtureTests {
    enum Records {
        struct Expected: Decodable {
            let axes: [AxesRecord]
        }

        struct AxesRecord: Decodable {
            let box: [Double]
            let xlim: [Double]
            let ylim: [Double]
            let xticks: [Double]
            let yticks: [Double]
            let xticklabels: [String]
            let yticklabels: [String]
            let xticklabels_visible: Bool
            let yticklabels_visible: Bool
            let xoffset_text: String
            let xoffset_visible: Bool
            let yoffset_text: String
            let yoffset_visible: Bool
        }
    }

    static let fixture = LayoutFixture<Records.Expected>.load("ticks_shared.json")

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func sharedAxesMatchMatplotlib(_ name: String) throws {
        let testCase = try Self.fixture.named(name)
        let (figure, grid) = try testCase.spec.build()
        let renderer = try RecordingRenderer(dpi: figure.dpi)
        let size = figure.pixelSize
        #expect(grid.count == testCase.expected.axes.count)
        for (index, (axes, record)) in zip(grid, testCase.expected.axes).enumerated() {
            let transform = axes.transform(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
            let label = "\(name) axes \(index)"
            for (ours, theirs) in [(transform.box.minX, record.box[0]), (transform.box.minY, record.box[1]),
                                   (transform.box.maxX, record.box[2]), (transform.box.maxY, record.box[3])] {
                #expect(abs(ours - theirs) < 1e-6, "\(label): box \(transform.box) vs \(record.box)")
            }
            for (view, limits) in [(transform.xView, record.xlim), (transform.yView, record.ylim)] {
                #expect(abs(view.start - limits[0]) < 1e-9 && abs(view.end - limits[1]) < 1e-9, "\(label): \(view) vs \(limits)")
            }
            let decorations = AxesDecorations(axes: axes, transform: transform, measurer: renderer)
            for (layout, values, labels, visible, offset, offsetVisible) in [
                (decorations.xAxis, record.xticks, record.xticklabels, record.xticklabels_visible,
                 record.xoffset_text, record.xoffset_visible),
                (decorations.yAxis, record.yticks, record.yticklabels, record.yticklabels_visible,
                 record.yoffset_text, record.yoffset_visible),
            ] {
                #expect(layout.ticks.values == values, "\(label): ticks \(layout.ticks.values) vs \(values)")
                #expect(layout.ticks.labels == labels, "\(label): labels \(layout.ticks.labels) vs \(labels)")
                #expect(!layout.tickLabels.isEmpty == visible, "\(label): tick labels drawn \(!layout.tickLabels.isEmpty)")
                #expect(layout.ticks.offsetText == offset, "\(label): offset text")
                #expect((layout.offsetText != nil) == (offsetVisible && !offset.isEmpty), "\(label): offset text drawn")
            }
        }
    }
}
