import Foundation
import Stats

/// A fitted variational approximation: what was fitted, how, and how well.
///
/// Print it for a summary, plot ``densityFunction`` (or ``distribution``),
/// and encode it with `JSONEncoder` for scripts.
///
/// ```swift
/// let result = try fitGaussian(to: target, start: try Gaussian(mu: 10, sigma: 1))
/// print(result)                       // family, parameters, ELBO, KL, …
/// let curve = result.densityFunction  // (Double) -> Double for a plot
/// let json = try JSONEncoder().encode(result)
/// ```
public struct VIResult<Family: VariationalFamily>: Sendable, Codable, CustomStringConvertible {
    /// The fitted `q`.
    public let q: Family
    /// The divergence minimised.
    public let objective: FitObjective
    /// The optimisation method.
    public let method: FitMethod
    /// `q`'s unconstrained parameters.
    public let parameters: [Double]
    /// Names of ``parameters``.
    public let parameterNames: [String]
    /// The exact ELBO of `q` (quadrature), whatever method fitted it.
    public let elbo: Double
    /// `KL(q‖p)`.
    public let kl: Double
    /// The objective after each iteration, start first: the exact ELBO for
    /// exact fits, its Monte-Carlo estimates for SVI, KL(p‖q) for forward-KL fits.
    public let trace: [Double]
    /// Iterations taken.
    public let iterations: Int
    /// Whether the method's convergence test was met.
    public let converged: Bool
    /// Post-fit diagnostics.
    public let diagnostics: FitDiagnostics

    /// `q(x)` as a closure, for plotting.
    public var densityFunction: @Sendable (Double) -> Double { q.densityFunction }

    /// `q` as a `Stats` distribution.
    public var distribution: any UnivariateDistribution { q.distribution }

    public var description: String {
        let k = diagnostics.paretoK.map { String(format: "%.3f", $0) } ?? "n/a"
        return """
        \(q.familyName) fit — \(objective.rawValue) by \(method.rawValue)
          q = \(q)
          ELBO = \(String(format: "%.8f", elbo))   KL(q||p) = \(String(format: "%.8f", kl))   \
        KL(p||q) = \(String(format: "%.8f", diagnostics.forwardKL))
          log Z = \(String(format: "%.8f", diagnostics.logNormalizer))   Pareto k̂ = \(k)
          \(iterations) iterations, \(converged ? "converged" : "NOT converged")
        """
    }
}
