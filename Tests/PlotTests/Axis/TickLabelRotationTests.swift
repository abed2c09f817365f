import Foundation
import TestSupport
import Testing
@testable import Plot

/// Rotated tick labels (`tick_params(labelrotation=…)`) against matplotlib
/// 3.11.2 (`ticks_rotation.json`): the rotated box of every label, aligned
/// as matplotlib's default rotation mode aligns it, to half a pixel.
@Suite struct TickLabelRotationTests {
    struct Fixture: Decodable, Sendable {
        struct Case: Decodable, Sendable {
            struct Label: Decodable, Sendable {
                let value: Double
                let text: String
                let extent: [Double]
            }

            let axis: String
            let angle: Double
            let labels: [Label]
        }

        let cases: [Case]
    }

    static let fixture: Fixture = FixtureFile.load("ticks_rotation.json", from: Bundle.module)

    static var caseNames: [String] { fixture.cases.map { "\($0.axis) \(Int($0.angle))" } }

    @Test(arguments: caseNames)
    func rotatedLabelsMatchMatplotlib(_ name: String) throws {
        let testCase = try #require(Self.fixture.cases.first { "\($0.axis) \(Int($0.angle))" == name })
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.setXLimits(0, 1)
        try axes.setYLimits(0, 1)
        axes.tickParams(axis: testCase.axis == "x" ? .x : .y, labelRotation: testCase.angle)
        let size = figure.pixelSize
        let transform = axes.transform(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
        let layout = AxesDecorations(axes: axes, transform: transform, measurer: try RecordingRenderer(dpi: 100))
        let labels = (testCase.axis == "x" ? layout.xAxis : layout.yAxis).tickLabels
        #expect(labels.count == testCase.labels.count)
        for (ours, theirs) in zip(labels, testCase.labels) {
            let box = ours.bounds
            let worst = largestDifference([box.minX, box.minY, box.maxX, box.maxY], theirs.extent)
            #expect(worst <= 0.5, "\(name) \(theirs.text): \(box) vs matplotlib \(theirs.extent)")
        }
    }
}
