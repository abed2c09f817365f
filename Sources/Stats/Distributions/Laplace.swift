import Foundation

/// The Laplace (double exponential) distribution with density
/// `exp(-|x - location| / scale) / (2 scale)`.
///
/// ```swift
/// let laplace = try Laplace(location: 1, scale: 2.5)
/// laplace.variance   // 2 · 2.5²
/// laplace.kinks      // [1]
/// ```
public struct Laplace: UnivariateDistribution, Equatable {
    /// The location (median and mode).
    public let location: Double
    /// The scale `b > 0`.
    public let scale: Double

    /// A Laplace distribution; `scale` must be positive and finite, `location` finite.
    public init(location: Double, scale: Double) throws(DistributionError) {
        try DistributionError.requireFinite(location, "location")
        try DistributionError.requirePositive(scale, "scale")
        self.location = location
        self.scale = scale
    }

    public func logDensity(_ x: Double) -> Double {
        -log(2 * scale) - abs(x - location) / scale
    }

    public func cdf(_ x: Double) -> Double {
        let z = (x - location) / scale
        return z < 0 ? 0.5 * exp(z) : 1 - 0.5 * exp(-z)
    }

    /// One variate from one uniform, exactly as numpy's legacy `random_laplace`:
    /// `U ≥ ½` gives `location − scale·log(2 − 2U)`, `0 < U < ½` gives
    /// `location + scale·log(2U)`, and `U = 0` is rejected and redrawn.
    public func sample(using source: inout some RandomSource) -> Double {
        while true {
            let u = source.nextUniform()
            if u >= 0.5 { return location - scale * log(2.0 - u - u) }
            if u > 0 { return location + scale * log(u + u) }
        }
    }

    public var mean: Double { location }
    public var variance: Double { 2 * scale * scale }

    /// `1 + log(2 scale)`.
    public func entropy() -> Double { 1 + log(2 * scale) }

    /// The location, where the density has a cusp.
    public var kinks: [Double] { [location] }
}

extension Laplace: Codable {
    private enum CodingKeys: String, CodingKey { case location, scale }

    /// Decodes and validates the parameters (a bad scale is a decoding error).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(location: container.decode(Double.self, forKey: .location), scale: container.decode(Double.self, forKey: .scale))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location, forKey: .location)
        try container.encode(scale, forKey: .scale)
    }
}
