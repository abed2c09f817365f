/// seaborn's histogram bar edges: a tenth of the narrowest bar's width in
/// points, at most the patch line width (1.5× that for unfilled bars, and
/// then at least 0.5 pt), so that narrow bins do not drown in their edges.
///
/// seaborn measures the bar with the limits of the moment it draws; a
/// ``BarsArtist`` applies the rule when it is drawn, with the limits and
/// axes box of the finished figure (after later plots and layout).
public struct BarEdgeThinning: Sendable, Hashable {
    /// The value-axis extent of the narrowest bar, in data units.
    public var narrowest: ClosedRange<Double>
    /// The axis the bars' widths lie along (x for vertical bars).
    public var axis: AxisOrientation
    /// The edge width as a fraction of the bar width.
    public var fraction: Double
    /// The widest edge, in points.
    public var maximum: Double
    /// The thinnest edge, in points.
    public var minimum: Double

    public init(
        narrowest: ClosedRange<Double>, axis: AxisOrientation, fraction: Double = 0.1, maximum: Double,
        minimum: Double = 0
    ) {
        self.narrowest = narrowest
        self.axis = axis
        self.fraction = fraction
        self.maximum = maximum
        self.minimum = minimum
    }

    /// The edge width in points under `transform`, for a device of `dpi`.
    public func width(transform: AxesTransform, dpi: Double) -> Double {
        let pixels = axis == .x
            ? abs(transform.deviceX(narrowest.upperBound) - transform.deviceX(narrowest.lowerBound))
            : abs(transform.deviceY(narrowest.upperBound) - transform.deviceY(narrowest.lowerBound))
        let width = min(fraction * pixels * 72 / dpi, maximum)
        return width.isFinite ? max(width, minimum) : maximum
    }
}
