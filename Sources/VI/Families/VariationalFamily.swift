import Foundation
import Stats

/// A parametric family `q_θ` of approximations: a single Gaussian or a
/// mixture of Gaussians, described by an unconstrained parameter vector
/// `θ` that optimisers move freely (log scales, softmax logits).
///
/// Layout of ``unconstrainedParameters``: the weight logits of components
/// 2…K relative to the first (mixtures only), then the means, then the log
/// standard deviations.
public protocol VariationalFamily: Sendable, Codable, CustomStringConvertible {
    /// A short name such as `"Gaussian"` or `"GaussianMixture(K=2)"`.
    var familyName: String { get }
    /// `θ`, in the layout described above.
    var unconstrainedParameters: [Double] { get }
    /// Names of the entries of `θ`, e.g. `["mu", "log_sigma"]`.
    var parameterNames: [String] { get }
    /// A member of the same family (same number of components) at `θ`.
    func with(unconstrainedParameters: [Double]) throws(VIError) -> Self
    /// Whether `θ` starts with weight logits.
    var hasWeightParameters: Bool { get }
    /// The normal components with their weights.
    var components: [GaussianComponent] { get }
    /// `log q(x)`.
    func logDensity(_ x: Double) -> Double
    /// One draw from `q`.
    func sample(using source: inout some RandomSource) -> Double
    /// `H[q] = −E_q[log q]`.
    func entropy() throws(VIError) -> Double
    /// `q` as a `Stats` distribution, for plotting and moments.
    var distribution: any UnivariateDistribution { get }
}

extension VariationalFamily {
    /// `q(x)`.
    public func density(_ x: Double) -> Double { exp(logDensity(x)) }

    /// `q` as a closure, ready for a plotting layer.
    public var densityFunction: @Sendable (Double) -> Double {
        let q = self
        return { q.density($0) }
    }

    /// The mean of `q`.
    public var mean: Double { components.reduce(0) { $0 + $1.weight * $1.mean } }

    /// The variance of `q`.
    public var variance: Double {
        let m = mean
        return components.reduce(0) {
            $0 + $1.weight * ($1.standardDeviation * $1.standardDeviation + ($1.mean - m) * ($1.mean - m))
        }
    }

    /// The parameters in a form that does not depend on component order
    /// (weights, means and standard deviations of the components sorted by
    /// mean), used to tell optima apart.
    public var canonicalParameters: [Double] {
        let sorted = components.sorted { ($0.mean, $0.standardDeviation) < ($1.mean, $1.standardDeviation) }
        return (hasWeightParameters ? sorted.map(\.weight) : [])
            + sorted.map(\.mean) + sorted.map { log($0.standardDeviation) }
    }

    /// The gradient with respect to `θ` of `Σₖ wₖ E_{N(μₖ,σₖ)}[g]`, given, for
    /// each component, `(E[g], E[g·z], E[g·(z²−1)])` with `z = (x − μₖ)/σₖ`
    /// (score-function identities under the integral) and the total `Σ wₖ E[g]`.
    func gradient(fromComponentMoments moments: [SIMD4<Double>], total: Double) -> [Double] {
        let parts = components
        let logits = hasWeightParameters ? zip(parts, moments).dropFirst().map { $0.weight * ($1.x - total) } : []
        let means = zip(parts, moments).map { $0.weight * $1.y / $0.standardDeviation }
        let logScales = zip(parts, moments).map { $0.weight * $1.z }
        return logits + means + logScales
    }
}

extension VIError {
    /// Checks a parameter vector's length and finiteness.
    static func checkParameters(_ parameters: [Double], family: String, count: Int) throws(VIError) {
        guard parameters.count == count else {
            throw .parameterCountMismatch(family: family, expected: count, actual: parameters.count)
        }
        for (index, value) in parameters.enumerated() where !value.isFinite {
            throw .invalidParameter(name: "θ[\(index)]", value: value)
        }
    }
}
