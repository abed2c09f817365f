import Stats

/// How a density curve is estimated (seaborn's `kdeplot` estimator
/// options), kept apart from how it is drawn.
///
/// ```swift
/// var options = KDEOptions()
/// options.adjust = 0.5      // seaborn's bw_adjust
/// options.clip = 0...100    // no density outside the data's natural range
/// ```
public struct KDEOptions: Sendable {
    /// The bandwidth rule (seaborn's `bw_method`).
    public var bandwidth: BandwidthRule = .scott
    /// A multiplier of the rule's bandwidth (seaborn's `bw_adjust`).
    public var adjust = 1.0
    /// How far past the extreme data points the curve goes, in bandwidths.
    public var cut = 3.0
    /// The number of evaluation points.
    public var gridsize = 200
    /// Limits the support, e.g. `0...(.infinity)` for positive data.
    public var clip: ClosedRange<Double>?
    /// Draws the cumulative distribution instead of the density.
    public var cumulative = false
    /// Exact sums or the fast binned approximation. `.automatic` draws the
    /// exact curve (scipy's, to ~1e-14) for seaborn-sized data and the binned
    /// one (within 1e-5 of the peak) where that is faster.
    public var method: KDEMethod = .automatic

    public init() {}

    /// The options `histplot(kde: true)` uses: the curve stops at the data.
    public static var histogramOverlay: KDEOptions {
        var options = KDEOptions()
        options.cut = 0
        return options
    }

    /// Checks the options on their own, before any data, so that an
    /// unusable option fails even where the data would skip the curve.
    ///
    /// - Throws: `KDEError.invalidAdjust`, `KDEError.invalidCut`,
    ///   `KDEError.invalidGridSize` or `KDEError.invalidClip` (from `Stats`).
    public func validate() throws(KDEError) {
        guard adjust.isFinite, adjust > 0 else { throw .invalidAdjust(adjust) }
        guard cut.isFinite, cut >= 0 else { throw .invalidCut(cut) }
        guard (2...GaussianKDE.maximumGridSize).contains(gridsize) else { throw .invalidGridSize(gridsize) }
        if let clip, !(clip.lowerBound < clip.upperBound) {
            throw .invalidClip(lower: clip.lowerBound, upper: clip.upperBound)
        }
    }

    /// The curve for `values` (finite) with these options.
    ///
    /// - Parameters:
    ///   - values: the finite values to estimate from.
    ///   - weights: optional non-negative weights, one per value.
    ///   - supportValues: the values that define the grid, when it
    ///     is shared by several groups (seaborn's `common_grid`).
    /// - Throws: a `KDEError` (notably `KDEError.singularData`) or a
    ///   `DataError`, both from `Stats`.
    public func curve(for values: [Double], weights: [Double]? = nil, supportValues: [Double]? = nil) throws -> KDECurve {
        let estimator = try GaussianKDE(data: values, weights: weights, bandwidth: bandwidth, adjust: adjust)
        let support: [Double]
        if let supportValues {
            let common = try GaussianKDE(data: supportValues, bandwidth: bandwidth, adjust: adjust)
            support = try common.supportGrid(cut: cut, gridsize: gridsize, clip: clip)
        } else {
            support = try estimator.supportGrid(cut: cut, gridsize: gridsize, clip: clip)
        }
        let density = cumulative
            ? estimator.cumulative(at: support, from: support[0])
            : estimator.density(at: support, method: method)
        return KDECurve(support: support, density: density, bandwidth: estimator.bandwidth)
    }
}

/// A density curve on its evaluation grid.
public struct KDECurve: Sendable, Equatable, Codable {
    /// The evaluation points, increasing.
    public var support: [Double]
    /// The density (or cumulative probability) at each point.
    public var density: [Double]
    /// The kernel standard deviation used.
    public var bandwidth: Double

    public init(support: [Double], density: [Double], bandwidth: Double) {
        self.support = support
        self.density = density
        self.bandwidth = bandwidth
    }
}
