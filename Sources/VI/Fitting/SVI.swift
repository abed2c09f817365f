import Foundation
import Stats

/// Stochastic variational inference: Adam on the reparameterisation
/// Monte-Carlo ELBO (ADVI), with a seedable numpy-compatible ``RandomState``.
///
/// Its trace holds the Monte-Carlo ELBO estimate of every step, so it is
/// noisy; convergence, when enabled, compares window means. Like every local
/// method it settles in whichever optimum its start leads to: compare with
/// ``Multistart`` on the exact objective to see whether that is the global one.
///
/// ```swift
/// let svi = SVI(steps: 2000, samplesPerStep: 10, seed: 1)
/// let outcome = try svi.run(target, from: try Gaussian(mu: 10, sigma: 1))
/// outcome.parameters   // [mu, log sigma]
/// ```
public struct SVI: Sendable, Equatable, Codable {
    /// The maximum number of Adam steps.
    public var steps: Int
    /// Monte-Carlo draws per step (per component for a mixture).
    public var samplesPerStep: Int
    /// The Adam settings.
    public var optimizer: Adam
    /// The seed of the ``RandomState`` that draws the noise.
    public var seed: UInt32
    /// When to stop early (default: never; run every step).
    public var convergence: ConvergenceCriterion

    /// SVI settings.
    public init(steps: Int = 2000, samplesPerStep: Int = 10, optimizer: Adam = Adam(),
                seed: UInt32 = 0, convergence: ConvergenceCriterion = .never) {
        self.steps = steps
        self.samplesPerStep = samplesPerStep
        self.optimizer = optimizer
        self.seed = seed
        self.convergence = convergence
    }

    private func validate() throws(VIError) {
        try optimizer.validate()
        try VIError.require(steps >= 0, "steps", Double(steps), "non-negative")
        try VIError.require(samplesPerStep >= 1, "samplesPerStep", Double(samplesPerStep), "at least 1")
    }

    /// Fits a Gaussian: the inner loop draws, evaluates the target's closed-form
    /// log density and derivative, and updates Adam without allocating.
    public func run<Target: DifferentiableLogDensityTarget>(
        _ target: Target, from start: Gaussian
    ) throws(VIError) -> OptimizationOutcome {
        try validate()
        var source = RandomState(seed: seed)
        var theta = start.unconstrainedParameters
        var gradient = [0.0, 0.0]
        var adam = optimizer.state(dimension: 2)
        var trace: [Double] = []
        trace.reserveCapacity(steps + 1)
        var estimate = ReparameterizedELBO.gaussian(
            target: target, mu: theta[0], logSigma: theta[1], samples: samplesPerStep, source: &source)
        trace.append(estimate.elbo)
        var converged = false
        while adam.steps < steps, !converged {
            gradient[0] = estimate.dMu
            gradient[1] = estimate.dLogSigma
            adam.ascend(&theta, along: gradient)
            estimate = ReparameterizedELBO.gaussian(
                target: target, mu: theta[0], logSigma: theta[1], samples: samplesPerStep, source: &source)
            guard estimate.elbo.isFinite, estimate.dMu.isFinite, estimate.dLogSigma.isFinite else {
                throw .nonFiniteObjective(parameters: theta)
            }
            trace.append(estimate.elbo)
            converged = convergence.isMet(by: trace)
        }
        return OptimizationOutcome(
            parameters: theta,
            final: ObjectiveEvaluation(value: estimate.elbo, gradient: [estimate.dMu, estimate.dLogSigma]),
            trace: trace, iterations: adam.steps, converged: converged)
    }

    /// Fits a Gaussian mixture with the stratified reparameterisation estimator.
    public func run<Target: DifferentiableLogDensityTarget>(
        _ target: Target, from start: GaussianMixture
    ) throws(VIError) -> OptimizationOutcome {
        try validate()
        var source = RandomState(seed: seed)
        var theta = start.unconstrainedParameters
        var adam = optimizer.state(dimension: theta.count)
        var q = start
        var estimate = ReparameterizedELBO.mixture(target: target, q: q, samples: samplesPerStep, source: &source)
        var trace = [estimate.value]
        var converged = false
        while adam.steps < steps, !converged {
            adam.ascend(&theta, along: estimate.gradient)
            q = try start.with(unconstrainedParameters: theta)
            estimate = ReparameterizedELBO.mixture(target: target, q: q, samples: samplesPerStep, source: &source)
            guard estimate.value.isFinite, estimate.gradient.allSatisfy(\.isFinite) else {
                throw .nonFiniteObjective(parameters: theta)
            }
            trace.append(estimate.value)
            converged = convergence.isMet(by: trace)
        }
        return OptimizationOutcome(parameters: theta, final: estimate, trace: trace,
                                   iterations: adam.steps, converged: converged)
    }
}
