import Foundation
import TestSupport
import Testing
@testable import Plot

/// Locators and formatters set by hand, minor ticks and inverted axes,
/// against what matplotlib 3.11.2 drew (`ticks_custom.json`, made by
/// Fixtures/generate_layout_fixtures.py).
@Suite struct TickerFixtureTests {
    enum Records {
        struct Expected: Decodable {
            let x: AxisRecord
            let y: AxisRecord
        }

        struct AxisRecord: Decodable {
            struct Tick: Decodable {
                let value: Double
                let px: Double
                let label: String
            }

            let view_interval: [Double]
            let major: [Tick]
            let minor: [Tick]
            let offset_text: String
        }
    }

    static let fixture = LayoutFixture<Records.Expected>.load("ticks_custom.json")

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func ticksMatchMatplotlib(_ name: String) throws {
        let testCase = try Self.fixture.named(name)
        let (figure, grid) = try testCase.spec.build()
        let axes = try #require(grid.first)
        let size = figure.pixelSize
        let transform = axes.transform(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
        for (axis, record) in [(axes.xAxis, testCase.expected.x), (axes.yAxis, testCase.expected.y)] {
            let view = transform.view(axis.orientation)
            #expect(isApproximatelyEqual(view.start, record.view_interval[0]) && isApproximatelyEqual(view.end, record.view_interval[1]),
                    "\(name) \(axis.orientation): view \(view) vs \(record.view_interval)")
            let ticks = AxisTicks.resolve(for: axis, transform: transform, dpi: figure.dpi)
            for (ours, theirs, kind) in [(ticks.major, record.major, "major"), (ticks.minor, record.minor, "minor")] {
                #expect(ours.count == theirs.count, "\(name) \(axis.orientation) \(kind): \(ours.map(\.value)) vs \(theirs.map(\.value))")
                for (mark, tick) in zip(ours, theirs) {
                    #expect(isApproximatelyEqual(mark.value, tick.value), "\(name) \(kind) value \(mark.value) vs \(tick.value)")
                    #expect(mark.mathtext == tick.label, "\(name) \(kind) label \(mark.mathtext) vs \(tick.label)")
                    let px = axis.orientation == .x ? transform.deviceX(mark.value) : transform.deviceY(mark.value)
                    #expect(abs(px - tick.px) < 1e-6, "\(name) \(kind) at \(mark.value): \(px) px vs \(tick.px)")
                }
            }
            #expect(ticks.offsetText == record.offset_text, "\(name) offset text")
        }
    }
}
