/// A one-dimensional Gaussian kernel density estimate that reproduces
/// `scipy.stats.gaussian_kde` as seaborn 0.13 uses it (`kdeplot`, `distplot`).
///
/// The kernel standard deviation is ``bandwidth`` `= sqrt(var) · factor`, where
/// `var` is the weighted data variance of `np.cov(x, aweights: w)` (ddof = 1) and
/// ``factor`` is the rule's factor times `adjust` (seaborn's `bw_adjust`).
///
/// ```swift
/// let kde = try GaussianKDE(data: sample, bandwidth: .scott, adjust: 1)
/// let grid = try kde.supportGrid()              // seaborn's 200-point grid, cut = 3
/// let curve = kde.density(at: grid)             // what kdeplot draws
/// let cdf = kde.cumulative(at: grid, from: grid[0]) // kdeplot(cumulative=True)
/// ```
///
/// The estimator refuses NaN and infinite data (``KDEError/nonFiniteData(count:)``):
/// drop them first with ``FiniteSample``, as seaborn does.
public struct GaussianKDE: Sendable {
    /// The largest support grid ``supportGrid(cut:gridsize:clip:)`` builds.
    public static let maximumGridSize = 10_000_000

    /// The data values, in their original order.
    public let data: [Double]
    /// The weights normalised to sum to one (`1/n` each without weights).
    public var weights: [Double] {
        normalisedWeights ?? [Double](repeating: 1 / Double(data.count), count: data.count)
    }
    /// The effective sample size `1 / Σw²` (n without weights).
    public let effectiveSampleSize: Double
    /// The weighted data variance, `np.cov(x, aweights: w)` with ddof = 1.
    public let dataVariance: Double
    /// The bandwidth factor: the rule's factor times `adjust` (scipy's `kde.factor`
    /// after seaborn's `set_bandwidth(factor * bw_adjust)`).
    public let factor: Double
    /// The kernel standard deviation `sqrt(dataVariance) · factor`.
    public let bandwidth: Double

    /// `sqrt(var · factor²)`: scipy's `sqrt(kde.covariance)`, which seaborn uses for
    /// the grid and `integrate_box_1d` for the cumulative (it can differ from
    /// ``bandwidth`` in the last bit).
    let covarianceBandwidth: Double
    let dataRange: ClosedRange<Double>
    /// The given weights normalised to sum to one, or `nil` when every weight
    /// is `1/n` (not stored: at 10⁶ values that array alone costs a millisecond).
    let normalisedWeights: [Double]?
    /// Whether every weight is `1/n`, so that sums can count instead of weigh.
    var isUnweighted: Bool { normalisedWeights == nil }

    /// Fits the estimator.
    /// - Parameters:
    ///   - data: finite values; at least two distinct ones (with positive weight).
    ///   - weights: optional non-negative finite weights, one per value, not all zero;
    ///     they are normalised to sum to one.
    ///   - rule: the bandwidth rule, the `bandwidth:` argument (default Scott's, like scipy and seaborn).
    ///   - adjust: a positive multiplier of the rule's factor (seaborn's `bw_adjust`).
    /// - Throws: ``DataError/empty``, ``DataError/lengthMismatch(name:expected:actual:)``,
    ///   ``DataError/invalidWeights(_:)``, or a ``KDEError`` (``KDEError/singularData(count:)``
    ///   when the data have no spread, ``KDEError/varianceOverflow(lower:upper:)`` or
    ///   ``KDEError/varianceUnderflow(lower:upper:)`` when a double cannot hold it).
    public init(
        data: [Double], weights: [Double]? = nil, bandwidth rule: BandwidthRule = .scott, adjust: Double = 1
    ) throws {
        // One pass finds the extremes and counts NaN and infinities.
        guard let scan = data.withUnsafeBufferPointer({ Summary.scanExtrema($0) }) else { throw DataError.empty }
        guard scan.nonFinite == 0 else { throw KDEError.nonFiniteData(count: scan.nonFinite) }
        guard adjust.isFinite, adjust > 0 else { throw KDEError.invalidAdjust(adjust) }
        if let weights { try Self.validate(weights: weights, count: data.count) }
        let low = scan.extrema.minimum, high = scan.extrema.maximum
        guard data.count >= 2, low < high else { throw KDEError.singularData(count: data.count) }

        let normalised = weights.map(Self.normalise)
        let moments = KDEMoments.WeightedMoments(data, normalisedWeights: normalised)
        let effectiveSampleSize = 1 / moments.sumOfSquaredWeights
        guard let variance = moments.variance else { throw KDEError.singularData(count: data.count) }
        try Self.checkSpread(variance: variance, data: data, weights: weights, range: low...high)

        let ruleFactor = try rule.factor(
            effectiveSampleSize: effectiveSampleSize, variance: variance, data: data, weights: weights)
        let factor = ruleFactor * adjust
        guard factor.isFinite, factor > 0 else { throw KDEError.invalidBandwidthFactor(factor) }
        let sigma = variance.squareRoot() * factor
        try Self.checkSpread(bandwidth: sigma, range: low...high)

        self.data = data
        self.normalisedWeights = normalised
        self.effectiveSampleSize = effectiveSampleSize
        self.dataVariance = variance
        self.factor = factor
        self.bandwidth = sigma
        self.covarianceBandwidth = (variance * (factor * factor)).squareRoot()
        self.dataRange = low...high
    }

    private static func validate(weights: [Double], count: Int) throws {
        guard weights.count == count else {
            throw DataError.lengthMismatch(name: "weights", expected: count, actual: weights.count)
        }
        if let bad = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw DataError.invalidWeights("weight \(weights[bad]) at index \(bad) is not a finite number ≥ 0")
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw DataError.invalidWeights("all weights are zero")
        }
    }

    /// scipy's normalisation `w / np.sum(w)` (without weights scipy uses `ones(n) / n`).
    private static func normalise(_ weights: [Double]) -> [Double] {
        let total = PairwiseSum.sum(weights)
        return weights.map { $0 / total }
    }
}
