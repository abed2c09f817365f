/// matplotlib's default major ticks for a linear axis: `AutoLocator` + `ScalarFormatter`, resolved
/// the way `Axis._update_ticks` does at draw time.
///
/// The locator runs on the view interval, the formatter labels every location it returned
/// (so precision and offset match matplotlib), and only ticks inside the view (with a 1e-10
/// relative tolerance) are kept.
///
/// ```swift
/// let ticks = try AxisTicker().ticks(
///     viewMin: -13.45, viewMax: 24.30, axisLengthPoints: 781.2, fontSizePoints: 10, orientation: .x)
/// // ticks.values == [-10, -5, 0, 5, 10, 15, 20]; ticks.labels.first == "−10"
/// ```
public struct AxisTicker: Sendable, Hashable {
    /// Where the ticks go (default: matplotlib's `AutoLocator`).
    public var locator: MaxNLocator
    /// How they are labelled (default: matplotlib's `ScalarFormatter` under rcdefaults).
    public var formatter: ScalarFormatter

    /// A ticker with matplotlib's defaults, or the given locator and formatter.
    public init(locator: MaxNLocator = .auto, formatter: ScalarFormatter = ScalarFormatter()) {
        self.locator = locator
        self.formatter = formatter
    }

    /// The visible ticks and labels of an axis showing `viewMin...viewMax`.
    ///
    /// - Parameters:
    ///   - viewMin: the view interval's first limit (the upper one on a reversed axis; the ticks
    ///     still come out increasing). Equal limits should already have been widened by the
    ///     axes code (``Nonsingular/limits(_:_:expander:tiny:increasing:)`` with `expander: 0.05`).
    ///   - viewMax: the view interval's other limit.
    ///   - axisLengthPoints: the axes box length along this axis, in points (1/72 in).
    ///   - fontSizePoints: the tick label font size (10 under rcdefaults).
    ///   - orientation: `.x` or `.y`.
    /// - Throws: ``TickError`` for non-finite limits or a negative/non-finite length or font size.
    public func ticks(
        viewMin: Double, viewMax: Double, axisLengthPoints: Double, fontSizePoints: Double,
        orientation: AxisOrientation
    ) throws(TickError) -> TickSet {
        let ticks = try AxisTicks.resolve(
            major: Ticker(locator: locator, formatter: formatter), minor: .none, scale: .linear,
            view: AxisLimits(viewMin, viewMax), axisLengthPoints: axisLengthPoints, fontSizePoints: fontSizePoints,
            orientation: orientation)
        return TickSet(values: ticks.values, labels: ticks.labels, offsetText: ticks.offsetText)
    }

    /// matplotlib's `Axis.get_tick_space`: how many ticks fit along the axis,
    /// `floor(length / (fontSize × 3))` for x and `floor(length / (fontSize × 2))` for y
    /// (`Int32.max` for a zero font size).
    public static func tickSpace(
        axisLengthPoints: Double, fontSizePoints: Double, orientation: AxisOrientation
    ) throws(TickError) -> Int {
        guard axisLengthPoints.isFinite, axisLengthPoints >= 0 else { throw .invalidAxisLength(axisLengthPoints) }
        guard fontSizePoints.isFinite, fontSizePoints >= 0 else { throw .invalidFontSize(fontSizePoints) }
        let extent = fontSizePoints * orientation.tickExtentInFontSizes
        guard extent > 0 else { return Int(Int32.max) }
        return Int((axisLengthPoints / extent).rounded(.down))
    }
}
