import Foundation

/// A finite mixture `Σ wₖ pₖ(x)` of distributions of one type.
///
/// The log density is computed with a streaming log-sum-exp, so it stays
/// finite far out in the tails. The entropy has no closed form and is
/// computed by adaptive quadrature with break points at every component's
/// kinks and centre.
///
/// ```swift
/// let target = try Mixture(components: [Laplace(location: 0, scale: 1),
///                                       Laplace(location: 5, scale: 0.5)])
/// target.logDensity(100)       // finite
/// try target.entropy()
/// ```
public struct Mixture<Component: UnivariateDistribution>: UnivariateDistribution {
    /// The components, in the order given.
    public let components: [Component]
    /// The weights, normalised to sum to one.
    public let weights: [Double]
    /// `log` of ``weights``.
    public let logWeights: [Double]

    /// A mixture of `components`; `weights` (default: equal) are normalised to
    /// sum to one and must be finite, non-negative and not all zero.
    public init(components: [Component], weights: [Double]? = nil) throws(DistributionError) {
        guard !components.isEmpty else { throw .emptyMixture }
        let raw = weights ?? Array(repeating: 1, count: components.count)
        guard raw.count == components.count else {
            throw .weightCountMismatch(components: components.count, weights: raw.count)
        }
        guard raw.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalidWeights("every weight must be finite and non-negative, got \(raw)")
        }
        let total = raw.reduce(0, +)
        guard total > 0 else { throw .invalidWeights("the weights sum to zero") }
        self.components = components
        self.weights = raw.map { $0 / total }
        self.logWeights = self.weights.map { log($0) }
    }

    // Inlinable so that a caller in another module (VI's ELBO of a Gaussian
    // mixture) gets it specialised for its component type.
    @inlinable
    public func logDensity(_ x: Double) -> Double {
        var sum = LogSumExp()
        for index in components.indices {
            sum.add(logWeights[index] + components[index].logDensity(x))
        }
        return sum.value
    }

    public func cdf(_ x: Double) -> Double {
        var total = 0.0
        for index in components.indices { total += weights[index] * components[index].cdf(x) }
        return min(max(total, 0), 1)
    }

    /// Chooses a component with one `nextUniform()` (the first whose cumulative
    /// weight exceeds it), then samples that component.
    public func sample(using source: inout some RandomSource) -> Double {
        let u = source.nextUniform()
        var cumulative = 0.0
        for index in components.indices {
            cumulative += weights[index]
            if u < cumulative { return components[index].sample(using: &source) }
        }
        return components[components.count - 1].sample(using: &source)
    }

    public var mean: Double {
        zip(weights, components).reduce(0) { $0 + $1.0 * $1.1.mean }
    }

    /// `Σ wₖ (σₖ² + μₖ²) − μ²`.
    public var variance: Double {
        let secondMoment = zip(weights, components).reduce(0) {
            $0 + $1.0 * ($1.1.variance + $1.1.mean * $1.1.mean)
        }
        let m = mean
        return max(secondMoment - m * m, 0)
    }

    /// Every component's kinks.
    public var kinks: [Double] { components.flatMap(\.kinks) }

    /// Every component's feature points.
    public var featurePoints: [Double] { components.flatMap(\.featurePoints) }

    /// `−∫ p log p` by adaptive quadrature over the whole line (relative
    /// tolerance 1e-10), with break points at every component's features.
    public func entropy() throws(QuadratureError) -> Double {
        try -AdaptiveQuadrature.expectation(of: self, { self.logDensity($0) }).value
    }
}

extension Mixture: Equatable where Component: Equatable {
    public static func == (lhs: Mixture, rhs: Mixture) -> Bool {
        lhs.components == rhs.components && lhs.weights == rhs.weights
    }
}
extension Mixture: Codable where Component: Codable {
    private enum CodingKeys: String, CodingKey { case components, weights }

    /// Decodes and validates the components and weights.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            components: container.decode([Component].self, forKey: .components),
            weights: container.decode([Double].self, forKey: .weights))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(components, forKey: .components)
        try container.encode(weights, forKey: .weights)
    }
}
