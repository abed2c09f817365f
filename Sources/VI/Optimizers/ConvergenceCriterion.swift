/// Convergence by relative change of the objective, averaged over windows
/// so that it also works for noisy (Monte Carlo) traces: the run has
/// converged when the means of the last two windows of ``window`` steps
/// differ by at most ``relativeTolerance`` · max(|mean|, 1).
///
/// A tolerance of 0 disables the test (the run takes every step).
public struct ConvergenceCriterion: Sendable, Equatable, Codable {
    /// The relative change that counts as converged.
    public var relativeTolerance: Double
    /// Steps per averaging window (1 for a deterministic objective).
    public var window: Int

    /// A criterion; the defaults suit deterministic objectives.
    public init(relativeTolerance: Double = 1e-10, window: Int = 1) {
        self.relativeTolerance = relativeTolerance
        self.window = max(window, 1)
    }

    /// Never met: run every step.
    public static let never = ConvergenceCriterion(relativeTolerance: 0)

    /// Whether `trace` (one objective value per step, start first) has converged.
    public func isMet(by trace: [Double]) -> Bool {
        guard relativeTolerance > 0, trace.count >= 2 * window + 1, trace.count % window == 1 % window else {
            return false
        }
        let end = trace.count
        let recent = trace[(end - window)..<end].reduce(0, +) / Double(window)
        let previous = trace[(end - 2 * window)..<(end - window)].reduce(0, +) / Double(window)
        return abs(recent - previous) <= relativeTolerance * max(abs(recent), 1)
    }
}
