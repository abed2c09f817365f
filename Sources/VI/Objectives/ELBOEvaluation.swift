/// An objective value and its gradient with respect to the unconstrained parameters.
public struct ObjectiveEvaluation: Sendable, Equatable, Codable {
    /// The value (an ELBO or bound; larger is better).
    public let value: Double
    /// The gradient with respect to `θ`.
    public let gradient: [Double]
}
