import Stats

/// A target given by a closure, for densities that have no dedicated type.
///
/// ```swift
/// // An unnormalised standard normal: log Z = log √(2π) is found by quadrature.
/// let target = FunctionTarget { x in -0.5 * x * x }
/// let logZ = try target.logNormalizer()
/// ```
public struct FunctionTarget: LogDensityTarget {
    private let body: @Sendable (Double) -> Double
    /// Points where the log density has a kink.
    public let kinks: [Double]
    /// Points around which the mass lies.
    public let featurePoints: [Double]
    /// `log Z`, if known.
    public let knownLogNormalizer: Double?

    /// A target with log density `logDensity`; pass its kinks, where its mass
    /// lies (default: the kinks and 0), and `log Z` when known.
    public init(
        kinks: [Double] = [], featurePoints: [Double]? = nil, logNormalizer: Double? = nil,
        logDensity: @escaping @Sendable (Double) -> Double
    ) {
        self.body = logDensity
        self.kinks = kinks
        self.featurePoints = featurePoints ?? (kinks + [0])
        self.knownLogNormalizer = logNormalizer
    }

    public func logDensity(_ x: Double) -> Double { body(x) }
}

/// A `Stats` distribution used as a normalised target (`log Z = 0`).
public struct DistributionTarget<Distribution: UnivariateDistribution>: LogDensityTarget {
    /// The distribution.
    public let distribution: Distribution

    /// The target `p = distribution`.
    public init(_ distribution: Distribution) { self.distribution = distribution }

    public func logDensity(_ x: Double) -> Double { distribution.logDensity(x) }
    public var kinks: [Double] { distribution.kinks }
    public var featurePoints: [Double] { distribution.featurePoints }
    public var knownLogNormalizer: Double? { 0 }
}
