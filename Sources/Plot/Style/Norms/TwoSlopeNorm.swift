/// matplotlib's `TwoSlopeNorm`: maps `vmin...vcenter` linearly onto 0...0.5 and
/// `vcenter...vmax` onto 0.5...1, for data with a meaningful centre on a diverging map.
///
/// Values below `vmin` map to −∞ and values above `vmax` to +∞ (the colour map's under and
/// over colours), as matplotlib's `np.interp(…, left=-np.inf, right=np.inf)`.
///
/// ```swift
/// let norm = try TwoSlopeNorm(vcenter: 0, vmin: -4000, vmax: 10000)
/// try norm(-2000)   // 0.25
/// try norm(5000)    // 0.75
/// ```
public struct TwoSlopeNorm: ColorNormalization, Hashable {
    /// The data value that maps to 0.5.
    public let vcenter: Double
    /// The data value that maps to 0, or `nil` until autoscaled.
    public let vmin: Double?
    /// The data value that maps to 1, or `nil` until autoscaled.
    public let vmax: Double?

    /// A norm with two slopes meeting at `vcenter`; limits left `nil` are taken from the data
    /// by ``autoscaled(to:)``.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a value is not finite or they are not
    ///   in strictly ascending order `vmin < vcenter < vmax` (matplotlib's "vmin, vcenter, and
    ///   vmax must be in ascending order").
    public init(vcenter: Double, vmin: Double? = nil, vmax: Double? = nil) throws(PlotError) {
        try NormLimits.check(vmin: vmin, vmax: vmax, in: .finite, norm: "TwoSlopeNorm")
        guard vcenter.isFinite else {
            throw .invalidArgument("TwoSlopeNorm needs a finite vcenter, not \(vcenter)")
        }
        if let vmin, vcenter <= vmin {
            throw .invalidArgument("TwoSlopeNorm needs vmin < vcenter, but vmin is \(vmin) and vcenter \(vcenter)")
        }
        if let vmax, vcenter >= vmax {
            throw .invalidArgument("TwoSlopeNorm needs vcenter < vmax, but vcenter is \(vcenter) and vmax \(vmax)")
        }
        self.init(checked: vcenter, vmin: vmin, vmax: vmax)
    }

    private init(checked vcenter: Double, vmin: Double?, vmax: Double?) {
        self.vcenter = vcenter
        self.vmin = vmin
        self.vmax = vmax
    }

    /// This norm with a missing `vmin` or `vmax` taken from the finite `values`, then, as
    /// matplotlib's `TwoSlopeNorm.autoscale_None`, a `vmin` at or above `vcenter` moved to
    /// `vcenter − (vmax − vcenter)` and a `vmax` at or below it to `vcenter + (vcenter − vmin)`,
    /// so that `vcenter` lies inside (data all equal to `vcenter` leave all three equal,
    /// and then `vcenter` maps to 1, as in matplotlib).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is missing and `values` has no
    ///   finite value.
    public func autoscaled(to values: [Double]) throws(PlotError) -> TwoSlopeNorm {
        var limits = try NormLimits(vmin: vmin, vmax: vmax, from: values, in: .finite, norm: "TwoSlopeNorm")
        if limits.vmin >= vcenter { limits.vmin = vcenter - (limits.vmax - vcenter) }
        if limits.vmax <= vcenter { limits.vmax = vcenter + (vcenter - limits.vmin) }
        return TwoSlopeNorm(checked: vcenter, vmin: limits.vmin, vmax: limits.vmax)
    }

    /// `np.interp(value, [vmin, vcenter, vmax], [0, 0.5, 1], left=-np.inf, right=np.inf)`.
    public func callAsFunction(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        return Self.interpolate(value, [limits.vmin, vcenter, limits.vmax], [0, 0.5, 1])
    }

    /// `np.interp(value, [0, 0.5, 1], [vmin, vcenter, vmax], left=-np.inf, right=np.inf)`.
    public func inverse(_ value: Double) throws(PlotError) -> Double {
        let limits = try NormLimits(self)
        return Self.interpolate(value, [0, 0.5, 1], [limits.vmin, vcenter, limits.vmax])
    }

    /// numpy's `interp` for three ascending points with `left=-inf`, `right=inf`: the last
    /// point `j` with `xp[j] ≤ x` (its linear search for short arrays), `fp[j]` when `x` is
    /// on it, else `slope · (x − xp[j]) + fp[j]`, retried from the right end when that is NaN.
    private static func interpolate(_ x: Double, _ xp: [Double], _ fp: [Double]) -> Double {
        if x.isNaN { return x }
        let last = xp.count - 1
        if x > xp[last] { return .infinity }
        if x < xp[0] { return -.infinity }
        let j = (1...last).last { x >= xp[$0] } ?? 0
        if j == last || xp[j] == x { return fp[j] }
        let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
        let fromLeft = slope * (x - xp[j]) + fp[j]
        guard fromLeft.isNaN else { return fromLeft }
        let fromRight = slope * (x - xp[j + 1]) + fp[j + 1]
        return fromRight.isNaN && fp[j] == fp[j + 1] ? fp[j] : fromRight
    }
}
