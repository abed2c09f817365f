/// Drawing a known density over data: how a fitted approximation, or the
/// true density of simulated data, is shown (each call adds a
/// ``DensityCurve``).
extension Axes {
    /// Draws `density` as a curve over `range` (by default the x extent of
    /// what the axes already show), optionally filled down to zero.
    ///
    /// ```swift
    /// try axes.distplot(sample)
    /// try axes.density({ x in exp(-x * x / 2) / (2 * .pi).squareRoot() }, label: "N(0, 1)")
    /// axes.showLegend()
    /// ```
    ///
    /// Non-finite density values break the curve. The curve takes the next
    /// line-cycle colour unless `style.color` is set; a filled curve gets
    /// `style.alpha` (default 0.25) under an opaque outline.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when there is no range to
    ///   draw over, or fewer than 2 points.
    @discardableResult
    public func density(
        _ density: (Double) -> Double, over range: ClosedRange<Double>? = nil, points: Int = 400,
        fill: Bool = false, style: CurveStyle = CurveStyle(), label: String? = nil
    ) throws(PlotError) -> LineArtist {
        try withoutActuallyEscaping(density) { density throws(PlotError) in
            try add(DensityCurve(density, over: range, points: points, fill: fill, style: style, label: label)).summary
        }
    }
}
