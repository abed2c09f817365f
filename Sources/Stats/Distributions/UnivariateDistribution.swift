import Foundation

/// A probability distribution on the real line.
///
/// Every distribution in `Stats` (``Normal``, ``Laplace``, ``Mixture``)
/// conforms, so plotting code can draw any of them as a density curve and
/// samplers can draw from any of them with a ``RandomSource``.
///
/// ```swift
/// let laplace = try Laplace(location: 4, scale: 0.3)
/// laplace.density(4)          // 1 / (2 * 0.3)
/// var rng = SomeRandomSource()
/// let x = laplace.sample(using: &rng)
/// ```
public protocol UnivariateDistribution: Sendable {
    /// The natural logarithm of the density at `x` (may be `-infinity`).
    func logDensity(_ x: Double) -> Double
    /// The density at `x`.
    func density(_ x: Double) -> Double
    /// The cumulative distribution function P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// One variate, consuming `source` in the documented order of the type.
    func sample(using source: inout some RandomSource) -> Double
    /// The expected value.
    var mean: Double { get }
    /// The variance.
    var variance: Double { get }
    /// The differential entropy `-E[log p(X)]` in nats.
    ///
    /// Closed-form types implement this without throwing; types that need
    /// numerical integration report a ``QuadratureError`` when it fails.
    func entropy() throws(QuadratureError) -> Double
    /// Points where the density is not differentiable (for example a Laplace
    /// location). Quadrature uses them as break points.
    var kinks: [Double] { get }
    /// Locations and widths at which the density has structure worth
    /// resolving, used to place quadrature break points (for example each
    /// mixture component's mean ± a few standard deviations).
    var featurePoints: [Double] { get }
}

extension UnivariateDistribution {
    /// `exp(logDensity(x))`.
    public func density(_ x: Double) -> Double { exp(logDensity(x)) }

    /// The square root of the variance.
    public var standardDeviation: Double { variance.squareRoot() }

    /// No kinks: the density is smooth.
    public var kinks: [Double] { [] }

    /// The mean and the points 2 and 6 standard deviations either side, plus the kinks.
    public var featurePoints: [Double] {
        let sd = standardDeviation
        return [mean - 6 * sd, mean - 2 * sd, mean, mean + 2 * sd, mean + 6 * sd] + kinks
    }

    /// The density as a closure, ready to hand to a plotting layer.
    public var densityFunction: @Sendable (Double) -> Double {
        let distribution = self
        return { distribution.density($0) }
    }

    /// `count` independent variates drawn one after another from `source`.
    public func samples(_ count: Int, using source: inout some RandomSource) -> [Double] {
        (0..<max(count, 0)).map { _ in sample(using: &source) }
    }
}
