/// The domain of matplotlib's `LogScale` (`nonpositive="clip"`): limits must be positive.
///
/// ```swift
/// LogScaleLimits.limitRange(vmin: -2, vmax: 50, minPositive: 0.5)   // (0.5, 50)
/// ```
public enum LogScaleLimits {
    /// matplotlib's `LogScale.limit_range_for_scale`: each non-positive limit becomes `minPositive`
    /// (`1e-300` when that is not finite); the order is kept.
    ///
    /// - Parameters:
    ///   - vmin: the lower limit (or the upper one on a reversed axis).
    ///   - vmax: the other limit.
    ///   - minPositive: the smallest positive data value on the axis (`dataLim.minpos`,
    ///     `+inf` when there is none).
    public static func limitRange(vmin: Double, vmax: Double, minPositive: Double) -> (Double, Double) {
        let floor = minPositive.isFinite ? minPositive : 1e-300
        return (vmin <= 0 ? floor : vmin, vmax <= 0 ? floor : vmax)
    }
}
