import Stats

/// A one-dimensional target density known up to a constant: `log p̃(x)`,
/// with `p(x) = p̃(x) / Z`.
///
/// The exact (quadrature) objectives need only ``logDensity(_:)``; giving
/// ``kinks`` (where `log p̃` is not differentiable) and ``featurePoints``
/// (where its mass lies) lets quadrature resolve it to ~1e-10.
public protocol LogDensityTarget: Sendable {
    /// The unnormalised log density `log p̃(x)`.
    func logDensity(_ x: Double) -> Double
    /// Points where `log p̃` has a kink (quadrature break points).
    var kinks: [Double] { get }
    /// Points around which the mass lies (modes, scale markers); used as extra
    /// break points when integrating against the target. Defaults to ``kinks``.
    var featurePoints: [Double] { get }
    /// `log Z` when it is known in closed form (0 for a normalised density),
    /// `nil` when it must be computed by quadrature.
    var knownLogNormalizer: Double? { get }
}

extension LogDensityTarget {
    /// No kinks.
    public var kinks: [Double] { [] }
    /// The kinks.
    public var featurePoints: [Double] { kinks }
    /// Unknown: computed by quadrature when needed.
    public var knownLogNormalizer: Double? { nil }
}

/// A target whose log density has a derivative, needed by the
/// reparameterisation (SVI) gradient estimator.
public protocol DifferentiableLogDensityTarget: LogDensityTarget {
    /// `log p̃(x)` and `d/dx log p̃(x)` (any subgradient at a kink).
    func logDensityAndDerivative(_ x: Double) -> (value: Double, derivative: Double)
}
