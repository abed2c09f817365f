/// What an optimiser run produced.
public struct OptimizationOutcome: Sendable, Equatable, Codable {
    /// The final unconstrained parameters.
    public let parameters: [Double]
    /// The objective (maximised) and its gradient at ``parameters``; for a
    /// stochastic run, the last estimate.
    public let final: ObjectiveEvaluation
    /// The objective after every iteration (the first entry is the start).
    public let trace: [Double]
    /// The number of iterations taken.
    public let iterations: Int
    /// Whether the convergence criterion was met (rather than the iteration limit).
    public let converged: Bool
}

/// An objective to maximise: value and gradient at `θ`.
public typealias Objective = ([Double]) throws(VIError) -> ObjectiveEvaluation
