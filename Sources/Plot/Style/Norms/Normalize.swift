/// matplotlib's `Normalize`: maps `vmin...vmax` linearly onto 0...1.
///
/// Values outside the limits map outside 0...1 (to the colour map's under and over
/// colours) unless ``clip`` is set; when `vmin == vmax` every value maps to 0, as matplotlib's.
///
/// ```swift
/// let norm = try Normalize(vmin: -1, vmax: 1)
/// try norm(0.5)        // 0.75
/// try norm.inverse(0)  // -1
/// ```
public struct Normalize: ColorNormalization, Hashable {
    /// The data value that maps to 0, or `nil` until autoscaled.
    public let vmin: Double?
    /// The data value that maps to 1, or `nil` until autoscaled.
    public let vmax: Double?
    /// Whether values outside the limits are first clipped to them, so that they map to
    /// 0 and 1 rather than beyond (matplotlib's `clip`).
    public let clip: Bool

    /// A linear norm; limits left `nil` are taken from the data by ``autoscaled(to:)``.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is not finite or `vmin > vmax`.
    public init(vmin: Double? = nil, vmax: Double? = nil, clip: Bool = false) throws(PlotError) {
        try NormLimits.check(vmin: vmin, vmax: vmax, in: .finite, norm: "Normalize")
        self.vmin = vmin
        self.vmax = vmax
        self.clip = clip
    }

    /// This norm with a missing `vmin` or `vmax` taken as the least or greatest finite
    /// value of `values`.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is missing and `values` has no
    ///   finite value, or when a given `vmin` is above the greatest value (or a given `vmax`
    ///   below the least).
    public func autoscaled(to values: [Double]) throws(PlotError) -> Normalize {
        let limits = try NormLimits(vmin: vmin, vmax: vmax, from: values, in: .finite, norm: "Normalize")
        return try Normalize(vmin: limits.vmin, vmax: limits.vmax, clip: clip)
    }

    /// `(value − vmin) / (vmax − vmin)`, after clipping to the limits if ``clip`` is set
    /// (NaN stays NaN); 0 for every value when `vmin == vmax`.
    public func callAsFunction(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        if limits.vmin == limits.vmax { return 0 }
        let clipped = clip && !value.isNaN ? min(max(value, limits.vmin), limits.vmax) : value
        return (clipped - limits.vmin) / (limits.vmax - limits.vmin)
    }

    /// `vmin + value · (vmax − vmin)`.
    public func inverse(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        return limits.vmin + value * (limits.vmax - limits.vmin)
    }
}
