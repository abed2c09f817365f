import Testing
@testable import Plot

/// seaborn's histogram edge rule, applied when the bars are drawn: the edge
/// is a tenth of the narrowest bar in points, capped by the theme's patch
/// line width, measured on the finished figure.
@Suite struct BarEdgeThinningTests {
    /// The widths of the histogram bar edges the figure draws.
    private func drawnEdgeWidths(_ figure: Figure) throws -> Set<Double> {
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        return Set(recorder.paths.filter { $0.snap && $0.fill != nil && $0.path.vertices.count >= 4 }
            .compactMap { $0.stroke?.width })
    }

    @Test func edgesFollowTheLimitsTheFigureIsDrawnWith() throws {
        let figure = Figure(theme: .seabornDarkgrid)
        let axes = figure.addAxes()
        try axes.histplot([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], options: HistogramOptions(bins: .count(10)))
        let atCallLimits = try #require(drawnEdgeWidths(figure).first)
        // Widening x tenfold after the call makes every bar ten times narrower on the page.
        try axes.setXLimits(-40, 50)
        let widened = try drawnEdgeWidths(figure)
        #expect(widened.count == 1)
        let width = try #require(widened.first)
        let box = axes.box(canvasWidth: figure.width * figure.dpi, canvasHeight: figure.height * figure.dpi)
        let expected = 0.1 * (0.9 / 90 * box.width) * 72 / figure.dpi
        #expect(abs(width - expected) < 1e-9, "\(width) vs \(expected)")
        #expect(width < atCallLimits)
    }

    @Test func wideBarsKeepThePatchLineWidthAndUnfilledOnesKeepHalfAPoint() {
        let transform = AxesTransform(box: Rect(x0: 0, y0: 0, x1: 500, y1: 400), xLimits: 0...10, yLimits: 0...1)
        let rule = BarEdgeThinning(narrowest: 0...5, axis: .x, maximum: 1)
        #expect(rule.width(transform: transform, dpi: 72) == 1)
        let unfilled = BarEdgeThinning(narrowest: 0...0.01, axis: .x, maximum: 1.5, minimum: 0.5)
        #expect(unfilled.width(transform: transform, dpi: 72) == 0.5)
        let vertical = BarEdgeThinning(narrowest: 0...0.1, axis: .y, maximum: 5)
        #expect(abs(vertical.width(transform: transform, dpi: 144) - 0.1 * 40 * 72 / 144) < 1e-12, "a tenth of 40 px at 144 dpi")
    }
}
