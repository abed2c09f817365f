/// A known density drawn as a curve, optionally filled down to zero: how a
/// fitted approximation, or the true density of simulated data, is shown.
///
/// ```swift
/// try axes.add(DensityCurve({ x in exp(-x * x / 2) / (2 * .pi).squareRoot() }, label: "N(0, 1)"))
/// ```
///
/// ``Axes/density(_:over:points:fill:style:label:)`` adds one and documents
/// the options.
public struct DensityCurve: PlotLayer {
    public var density: (Double) -> Double
    /// The x interval to draw over; the x extent of what the axes already
    /// show when `nil`.
    public var range: ClosedRange<Double>?
    /// How many evenly spaced points the curve passes through.
    public var points: Int
    public var fill: Bool
    public var style: CurveStyle
    public var label: String?

    public init(
        _ density: @escaping (Double) -> Double, over range: ClosedRange<Double>? = nil, points: Int = 400,
        fill: Bool = false, style: CurveStyle = CurveStyle(), label: String? = nil
    ) {
        self.density = density
        self.range = range
        self.points = points
        self.fill = fill
        self.style = style
        self.label = label
    }

    /// The curve (a ``LineArtist``, also the summary), over a
    /// ``PolygonArtist`` when filled.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when there is no range to
    ///   draw over, or fewer than 2 points.
    public func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<LineArtist> {
        guard points >= 2 else { throw .invalidArgument("density: points must be at least 2, got \(points)") }
        guard let span = range ?? context.existingDataBounds.x,
            span.lowerBound.isFinite, span.upperBound.isFinite, span.lowerBound < span.upperBound
        else {
            throw .invalidArgument("density: give a finite range, or draw data first so the curve can span it")
        }
        let step = (span.upperBound - span.lowerBound) / Double(points - 1)
        let xs = (0..<points).map { $0 == points - 1 ? span.upperBound : span.lowerBound + Double($0) * step }
        let ys = xs.map(density)
        let color = style.color ?? context.nextLineColor()
        var artists: [any Artist] = []
        if fill {
            let finite = zip(xs, ys).filter { $0.1.isFinite }
            let outline = finite.map { Point($0.0, $0.1) } + finite.reversed().map { Point($0.0, 0) }
            artists.append(PolygonArtist(
                vertices: outline, fill: color.withAlpha(style.alpha ?? 0.25), edge: nil,
                stickyEdges: StickyEdges(y: [0])))
        }
        let curve = LineArtist(
            x: xs, y: ys,
            stroke: context.theme.lineStroke(
                color: color.withAlpha(fill ? 1 : style.alpha ?? 1), width: style.lineWidth, dashes: style.dashes),
            label: label, stickyEdges: StickyEdges(y: [0, .infinity]))
        return LayerGeometry(artists: artists + [curve], summary: curve)
    }
}
