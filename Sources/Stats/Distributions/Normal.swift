import Foundation

/// The normal (Gaussian) distribution with mean `mean` and standard deviation `scale`.
///
/// ```swift
/// let normal = try Normal(mean: 0, scale: 2)
/// normal.cdf(0)       // 0.5
/// normal.entropy()    // 0.5 * log(2πe · 4)
/// ```
public struct Normal: UnivariateDistribution, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ.
    public let scale: Double

    /// A normal distribution; `scale` must be positive and finite, `mean` finite.
    public init(mean: Double, scale: Double) throws(DistributionError) {
        try DistributionError.requireFinite(mean, "mean")
        try DistributionError.requirePositive(scale, "scale")
        self.mean = mean
        self.scale = scale
    }

    /// `log(1/√(2π))`.
    public static let logInverseSqrtTwoPi = -0.5 * log(2 * Double.pi)

    public func logDensity(_ x: Double) -> Double {
        let z = (x - mean) / scale
        return Normal.logInverseSqrtTwoPi - log(scale) - 0.5 * z * z
    }

    public func cdf(_ x: Double) -> Double {
        0.5 * erfc(-(x - mean) / (scale * 2.0.squareRoot()))
    }

    /// `mean + scale * source.nextStandardNormal()`, as numpy's legacy `normal`.
    public func sample(using source: inout some RandomSource) -> Double {
        mean + scale * source.nextStandardNormal()
    }

    public var variance: Double { scale * scale }

    /// `½ log(2πe σ²)`.
    public func entropy() -> Double { 0.5 * log(2 * Double.pi * M_E) + log(scale) }
}

extension Normal: Codable {
    private enum CodingKeys: String, CodingKey { case mean, scale }

    /// Decodes and validates the parameters (a bad scale is a decoding error).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(mean: container.decode(Double.self, forKey: .mean), scale: container.decode(Double.self, forKey: .scale))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(scale, forKey: .scale)
    }
}
