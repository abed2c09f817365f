/// One weighted normal component of a variational approximation.
public struct GaussianComponent: Sendable, Equatable, Codable {
    /// The mixture weight (1 for a single Gaussian).
    public let weight: Double
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ.
    public let standardDeviation: Double
}
