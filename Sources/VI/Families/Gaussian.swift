import Foundation
import Stats

/// The Gaussian family `q = N(mu, sigma²)`, optimised over `(mu, log sigma)`.
///
/// ```swift
/// let q = try Gaussian(mu: 10, sigma: 1)
/// q.unconstrainedParameters   // [10, 0]
/// q.densityFunction(10)       // 1/√(2π)
/// ```
public struct Gaussian: VariationalFamily, Equatable {
    /// The mean.
    public let mu: Double
    /// The standard deviation.
    public let sigma: Double
    /// The same distribution as a `Stats` `Normal`.
    public let normal: Normal

    /// `N(mu, sigma²)`; `sigma` must be positive and finite, `mu` finite.
    public init(mu: Double, sigma: Double) throws(VIError) {
        do { normal = try Normal(mean: mu, scale: sigma) } catch {
            throw .invalidParameter(name: mu.isFinite ? "sigma" : "mu", value: mu.isFinite ? sigma : mu)
        }
        self.mu = mu
        self.sigma = sigma
    }

    /// The Gaussian at `θ = [mu, log sigma]`.
    public init(unconstrainedParameters theta: [Double]) throws(VIError) {
        try VIError.checkParameters(theta, family: "Gaussian", count: 2)
        try self.init(mu: theta[0], sigma: exp(theta[1]))
    }

    public var familyName: String { "Gaussian" }
    public var unconstrainedParameters: [Double] { [mu, log(sigma)] }
    public var parameterNames: [String] { ["mu", "log_sigma"] }
    public var hasWeightParameters: Bool { false }
    public var components: [GaussianComponent] { [GaussianComponent(weight: 1, mean: mu, standardDeviation: sigma)] }

    public func with(unconstrainedParameters theta: [Double]) throws(VIError) -> Gaussian {
        try Gaussian(unconstrainedParameters: theta)
    }

    public func logDensity(_ x: Double) -> Double { normal.logDensity(x) }
    public func sample(using source: inout some RandomSource) -> Double { normal.sample(using: &source) }
    /// `½ log(2πe σ²)`.
    public func entropy() -> Double { normal.entropy() }
    public var distribution: any UnivariateDistribution { normal }

    public var description: String { "Gaussian(mu: \(mu), sigma: \(sigma))" }

    private enum CodingKeys: String, CodingKey { case mu, sigma }

    /// Decodes and validates `mu` and `sigma`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(mu: container.decode(Double.self, forKey: .mu),
                      sigma: container.decode(Double.self, forKey: .sigma))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mu, forKey: .mu)
        try container.encode(sigma, forKey: .sigma)
    }
}
