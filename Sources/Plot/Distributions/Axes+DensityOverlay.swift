/// Drawing a known density over data: how a fitted approximation, or the
/// true density of simulated data, is shown.
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
        guard points >= 2 else { throw .invalidArgument("density: points must be at least 2, got \(points)") }
        guard let span = range ?? currentDataRange(),
            span.lowerBound.isFinite, span.upperBound.isFinite, span.lowerBound < span.upperBound
        else {
            throw .invalidArgument("density: give a finite range, or draw data first so the curve can span it")
        }
        let step = (span.upperBound - span.lowerBound) / Double(points - 1)
        let xs = (0..<points).map { $0 == points - 1 ? span.upperBound : span.lowerBound + Double($0) * step }
        let ys = xs.map(density)
        let color = style.color ?? nextLineColor()
        if fill {
            let finite = zip(xs, ys).filter { $0.1.isFinite }
            let outline = finite.map { Point($0.0, $0.1) } + finite.reversed().map { Point($0.0, 0) }
            add(PolygonArtist(
                vertices: outline, fill: color.withAlpha(style.alpha ?? 0.25), edge: nil,
                stickyEdges: StickyEdges(y: [0])))
        }
        let line = LineArtist(
            x: xs, y: ys,
            stroke: lineStroke(color: color.withAlpha(fill ? 1 : style.alpha ?? 1), width: style.lineWidth, dashes: style.dashes),
            label: label, stickyEdges: StickyEdges(y: [0, .infinity]))
        add(line)
        return line
    }

    /// The x extent of the artists drawn so far.
    private func currentDataRange() -> ClosedRange<Double>? {
        artists.reduce(nil) { DataBounds.union($0, $1.dataBounds.x) }
    }
}
