import Testing
@testable import Plot

/// Autoscaled limits of log axes against matplotlib 3.11.2
/// (`ax.set_xscale("log"); ax.plot(xs, ones)` / `ax.bar` with a log y axis).
@Suite struct LogScaleLimitsTests {
    @Test(arguments: [
        ([1.0, 1000], 0.7079457843841379, 1412.5375446227545),
        ([0.5, 0.5], 0.08912509381337454, 1.1220184543019636),
        ([0, 10, 100], 8.912509381337458, 112.20184543019634),
        ([-5, -1], 0.8912509381337455, 11.220184543019636),
    ])
    func lineOnLogX(xs: [Double], low: Double, high: Double) throws {
        let axes = Figure().addAxes()
        axes.xScale = .log
        try axes.plot(xs, xs.map { _ in 1 })
        let limits = axes.resolvedLimits().x
        #expect(abs(limits.lowerBound - low) <= 1e-12 * low)
        #expect(abs(limits.upperBound - high) <= 1e-12 * high)
    }

    /// The bars' zero baseline is dropped on a log axis; the smallest
    /// positive height takes its place.
    @Test func barsOnLogY() throws {
        let axes = Figure().addAxes()
        axes.yScale = .log
        try axes.bar(centers: [1, 2], heights: [10, 1000])
        let limits = axes.resolvedLimits().y
        #expect(abs(limits.lowerBound - 7.943282347242818) <= 1e-12 * 8)
        #expect(abs(limits.upperBound - 1258.925411794168) <= 1e-12 * 1259)
    }

    @Test func logTransformPlacesDecadesEvenly() {
        let transform = AxesTransform(
            box: Rect(x: 0, y: 0, width: 300, height: 100), xLimits: 1...1000, yLimits: 0...1, xScale: .log)
        #expect(abs(transform.deviceX(10) - 100) < 1e-9)
        #expect(abs(transform.deviceX(100) - 200) < 1e-9)
        #expect(transform.deviceX(0) < -1e4)  // clipped far off the axes, as matplotlib does
    }
}
