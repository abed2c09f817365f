import Foundation
import Testing
@testable import Plot

/// Issue 13's bad input: each gets matplotlib's behaviour (widen and warn)
/// or a clear typed error, never a blank figure or a crash.
@Suite struct AxisBadInputTests {
    private func drawnView(_ axes: Axes) -> (x: AxisLimits, y: AxisLimits) {
        axes.resolvedViews()
    }

    @Test func equalLimitsAreWidenedWithAWarning() throws {
        let axes = Figure().addAxes()
        let warning = try axes.setXLimits(1, 1)
        #expect(warning != nil)
        // matplotlib: set_xlim(1, 1) → (0.95, 1.05).
        let view = drawnView(axes).x
        #expect(abs(view.start - 0.95) < 1e-12 && abs(view.end - 1.05) < 1e-12)
    }

    @Test func equalLogLimitsGoToTheNeighbouringDecades() throws {
        let axes = Figure().addAxes()
        axes.xScale = .log
        #expect(try axes.setXLimits(10, 10) != nil)
        let view = drawnView(axes).x
        #expect(view.start == 1 && view.end == 100)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteLimitsAreTypedErrors(_ bad: Double) throws {
        let axes = Figure().addAxes()
        #expect(throws: PlotError.self) { try axes.setXLimits(0, bad) }
        #expect(throws: PlotError.self) { try axes.setYLimits(bad, 1) }
        #expect(axes.xLimits == nil && axes.yLimits == nil)
    }

    @Test func nonFiniteLimitsSetDirectlyFallBackToAutoscaling() throws {
        let axes = Figure().addAxes()
        try axes.plot([0, 10], [0, 1])
        axes.xLimits = AxisLimits(.nan, 5)
        let view = drawnView(axes).x
        #expect(view.start == -0.5 && view.end == 5)
    }

    @Test func nonPositiveLogLimitIsIgnoredWithAWarning() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.plot([1, 100], [1, 2])
        axes.xScale = .log
        #expect(try axes.setXLimits(-5, 1000) != nil)
        let view = drawnView(axes).x
        #expect(view.start > 0 && view.start < 1 && view.end == 1000)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        #expect(recorder.texts.contains { $0.text == "10" }, "the log axis is still ticked")
    }

    @Test func logScaleOnAllNegativeDataStillDraws() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.plot([-3, -1], [-2, -1])
        axes.xScale = .log
        axes.yScale = .log
        let view = drawnView(axes)
        #expect(view.x.low > 0 && view.y.low > 0 && view.x.isFinite && view.y.isFinite)
        #expect(try figure.encoded(as: .png).count > 100)
    }

    @Test func textAtNaNIsSkippedNotDrawnAtTheOrigin() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        axes.text("lost", x: .nan, y: 0.5)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        #expect(!recorder.texts.contains { $0.text == "lost" })
    }

    @Test(arguments: [(0, 1), (1, 0), (-2, 3), (200, 200)])
    func impossibleSubplotGridsAreTypedErrors(_ shape: (Int, Int)) {
        let figure = Figure()
        #expect(throws: PlotError.self) { try figure.subplots(rows: shape.0, columns: shape.1) }
        #expect(figure.axes.isEmpty)
    }

    @Test func invertedLimitsAndInversionCompose() throws {
        let axes = Figure().addAxes()
        try axes.setYLimits(1, -1)
        #expect(drawnView(axes).y == AxisLimits(1, -1))
        axes.invertYAxis()
        #expect(drawnView(axes).y == AxisLimits(-1, 1))
    }

    @Test func constrainedLayoutWithoutRoomWarnsAndKeepsTheAxes() throws {
        let figure = Figure(width: 1.5, height: 1)
        figure.layout = .constrained
        let axes = figure.addAxes()
        axes.title = Array(repeating: "a title line", count: 8).joined(separator: "\n")
        let before = axes.position
        let png = try figure.encoded(as: .png)
        #expect(png.count > 100)
        #expect(figure.layoutWarning != nil)
        #expect(axes.position == before)
    }
}
