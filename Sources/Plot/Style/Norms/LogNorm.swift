import Foundation

/// matplotlib's `LogNorm`: maps `vmin...vmax` onto 0...1 linearly in `log10`.
///
/// Values that are not positive, and infinities, map to NaN (matplotlib masks them), so
/// the colour map gives them its bad colour; values beyond the limits map outside 0...1
/// unless ``clip`` is set. When `vmin == vmax` every value maps to 0, as matplotlib's.
///
/// ```swift
/// let norm = try LogNorm(vmin: 1, vmax: 1000)
/// try norm(10)          // 1/3
/// try norm.inverse(1)   // 1000 (to rounding: 1000.0000000000007, as matplotlib's)
/// ```
public struct LogNorm: ColorNormalization, Hashable {
    /// The data value that maps to 0, or `nil` until autoscaled; positive.
    public let vmin: Double?
    /// The data value that maps to 1, or `nil` until autoscaled; positive.
    public let vmax: Double?
    /// Whether values outside the limits are first clipped to them, so that they map to
    /// 0 and 1 (non-positive values to 0) rather than beyond (matplotlib's `clip`).
    public let clip: Bool

    /// A logarithmic norm; limits left `nil` are taken from the data by ``autoscaled(to:)``.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is not positive and finite
    ///   (matplotlib's "Invalid vmin or vmax") or `vmin > vmax`.
    public init(vmin: Double? = nil, vmax: Double? = nil, clip: Bool = false) throws(PlotError) {
        try NormLimits.check(vmin: vmin, vmax: vmax, in: .positive, norm: "LogNorm")
        self.vmin = vmin
        self.vmax = vmax
        self.clip = clip
    }

    /// This norm with a missing `vmin` or `vmax` taken as the least or greatest positive
    /// finite value of `values` (the values `log10` maps to finite numbers).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is missing and `values` has no
    ///   positive finite value, or when the limits found are out of order.
    public func autoscaled(to values: [Double]) throws(PlotError) -> LogNorm {
        let limits = try NormLimits(vmin: vmin, vmax: vmax, from: values, in: .positive, norm: "LogNorm")
        return try LogNorm(vmin: limits.vmin, vmax: limits.vmax, clip: clip)
    }

    /// `(log10(value) − log10(vmin)) / (log10(vmax) − log10(vmin))`, after clipping to the
    /// limits if ``clip`` is set; NaN where that is not finite; 0 for every value when
    /// `vmin == vmax`.
    public func callAsFunction(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        if limits.vmin == limits.vmax { return 0 }
        let clipped = clip && !value.isNaN ? min(max(value, limits.vmin), limits.vmax) : value
        let (low, high) = (log10(limits.vmin), log10(limits.vmax))
        let normalized = (log10(clipped) - low) / (high - low)
        return normalized.isFinite ? normalized : .nan
    }

    /// `exp((value · (log10(vmax) − log10(vmin)) + log10(vmin)) · ln 10)`, as matplotlib's
    /// `InvertedLogTransform` for base 10.
    public func inverse(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        let (low, high) = (log10(limits.vmin), log10(limits.vmax))
        return exp((value * (high - low) + low) * log(10))
    }
}
