import Foundation
import Stats

/// The family of K-component Gaussian mixtures, optimised over softmax
/// weight logits (relative to the first component, whose logit is fixed at
/// 0 so the parametrisation is identifiable), means and log standard
/// deviations: `3K − 1` parameters.
///
/// ```swift
/// let q = try GaussianMixture(weights: [0.5, 0.5], means: [4, 20], sigmas: [0.5, 0.5])
/// q.unconstrainedParameters   // [logit₁…, means…, log sigmas…]
/// try q.entropy()             // by quadrature
/// ```
public struct GaussianMixture: VariationalFamily, Equatable {
    /// The mixture as a `Stats` distribution.
    public let mixture: Mixture<Normal>
    /// `log(wₖ / w₀)` for every component (the first is 0).
    public let logits: [Double]

    /// A mixture with the given weights (normalised), means and standard deviations.
    public init(weights: [Double], means: [Double], sigmas: [Double]) throws(VIError) {
        guard weights.count == means.count, sigmas.count == means.count, !means.isEmpty,
              weights.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw .invalidSetting(name: "component count", value: Double(means.count),
                                  requirement: "at least 1, with as many positive finite weights and sigmas as means")
        }
        try self.init(logits: weights.map { log($0 / weights[0]) }, means: means, sigmas: sigmas)
    }

    /// The mixture at `θ = [logit₁…logit_{K−1}, means…, log sigmas…]` (length 3K − 1).
    public init(unconstrainedParameters theta: [Double]) throws(VIError) {
        let count = (theta.count + 1) / 3
        try VIError.checkParameters(theta, family: "GaussianMixture", count: max(3 * count - 1, 2))
        try self.init(logits: [0] + theta[0..<(count - 1)], means: Array(theta[(count - 1)..<(2 * count - 1)]),
                      sigmas: theta[(2 * count - 1)...].map { exp($0) })
    }

    private init(logits: [Double], means: [Double], sigmas: [Double]) throws(VIError) {
        var normalised = LogSumExp()
        for logit in logits { normalised.add(logit) }
        let weights = logits.map { exp($0 - normalised.value) }
        var normals: [Normal] = []
        for (mean, sigma) in zip(means, sigmas) {
            do { normals.append(try Normal(mean: mean, scale: sigma)) } catch {
                throw .invalidParameter(name: mean.isFinite ? "sigma" : "mean", value: mean.isFinite ? sigma : mean)
            }
        }
        do { mixture = try Mixture(components: normals, weights: weights) } catch {
            throw .invalidParameter(name: "weight", value: weights.first { !($0 > 0) } ?? .nan)
        }
        self.logits = logits
    }

    /// The number of components K.
    public var count: Int { logits.count }
    public var familyName: String { "GaussianMixture(K=\(count))" }
    public var unconstrainedParameters: [Double] {
        Array(logits.dropFirst()) + mixture.components.map(\.mean) + mixture.components.map { log($0.scale) }
    }
    public var parameterNames: [String] {
        (1..<count).map { "logit_\($0)" } + (0..<count).map { "mu_\($0)" } + (0..<count).map { "log_sigma_\($0)" }
    }
    public var hasWeightParameters: Bool { true }
    public var components: [GaussianComponent] {
        zip(mixture.weights, mixture.components).map {
            GaussianComponent(weight: $0, mean: $1.mean, standardDeviation: $1.scale)
        }
    }

    public func with(unconstrainedParameters theta: [Double]) throws(VIError) -> GaussianMixture {
        guard theta.count == 3 * count - 1 else {
            throw .parameterCountMismatch(family: familyName, expected: 3 * count - 1, actual: theta.count)
        }
        return try GaussianMixture(unconstrainedParameters: theta)
    }

    public func logDensity(_ x: Double) -> Double { mixture.logDensity(x) }
    public func sample(using source: inout some RandomSource) -> Double { mixture.sample(using: &source) }
    /// `−E_q[log q]` by adaptive quadrature.
    public func entropy() throws(VIError) -> Double {
        try quadrature { () throws(QuadratureError) in try mixture.entropy() }
    }
    public var distribution: any UnivariateDistribution { mixture }

    public var description: String {
        let parts = components.map { "\($0.weight)·N(\($0.mean), \($0.standardDeviation)²)" }
        return "GaussianMixture(" + parts.joined(separator: " + ") + ")"
    }

    private enum CodingKeys: String, CodingKey { case weights, means, sigmas }

    /// Decodes and validates the weights, means and standard deviations.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(weights: container.decode([Double].self, forKey: .weights),
                      means: container.decode([Double].self, forKey: .means),
                      sigmas: container.decode([Double].self, forKey: .sigmas))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mixture.weights, forKey: .weights)
        try container.encode(mixture.components.map(\.mean), forKey: .means)
        try container.encode(mixture.components.map(\.scale), forKey: .sigmas)
    }
}
