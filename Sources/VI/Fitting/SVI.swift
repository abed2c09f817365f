import Foundation
import Stats

/// Stochastic variational inference: Adam on the reparameterisation
/// Monte-Carlo ELBO (ADVI), with a seedable numpy-compatible `RandomState` (from `Stats`).
///
/// Its trace holds the Monte-Carlo ELBO estimate of every step, so it is
/// noisy; convergence, when enabled, compares window means. Constant-step
/// Adam keeps jittering around the optimum (by about the learning rate in
/// `θ`), so the returned parameters are the Polyak–Ruppert average of the
/// iterates after ``averagingStart`` of the steps. Like every local
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
    /// The seed of the `RandomState` that draws the noise.
    public var seed: UInt32
    /// When to stop early (default: never; run every step).
    public var convergence: ConvergenceCriterion
    /// The fraction of ``steps`` after which iterates are averaged (0.5: the
    /// second half; 1 returns the last iterate).
    public var averagingStart: Double

    /// SVI settings.
    public init(steps: Int = 2000, samplesPerStep: Int = 10, optimizer: Adam = Adam(),
                seed: UInt32 = 0, convergence: ConvergenceCriterion = .never, averagingStart: Double = 0.5) {
        self.steps = steps
        self.samplesPerStep = samplesPerStep
        self.optimizer = optimizer
        self.seed = seed
        self.convergence = convergence
        self.averagingStart = averagingStart
    }

    private func validate() throws(VIError) {
        try optimizer.validate()
        try VIError.require(steps >= 0, "steps", Double(steps), "non-negative")
        try VIError.require(samplesPerStep >= 1, "samplesPerStep", Double(samplesPerStep), "at least 1")
        try VIError.require(averagingStart >= 0 && averagingStart <= 1, "averagingStart", averagingStart, "in [0, 1]")
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
        var average = IterateAverage(dimension: 2, after: averagingStart * Double(steps))
        while adam.steps < steps, !converged {
            gradient[0] = estimate.dMu
            gradient[1] = estimate.dLogSigma
            adam.ascend(&theta, along: gradient)
            average.add(theta, step: adam.steps)
            estimate = ReparameterizedELBO.gaussian(
                target: target, mu: theta[0], logSigma: theta[1], samples: samplesPerStep, source: &source)
            guard estimate.elbo.isFinite, estimate.dMu.isFinite, estimate.dLogSigma.isFinite else {
                throw .nonFiniteObjective(parameters: theta)
            }
            trace.append(estimate.elbo)
            converged = convergence.isMet(by: trace)
        }
        return OptimizationOutcome(
            parameters: average.value ?? theta,
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
        var average = IterateAverage(dimension: theta.count, after: averagingStart * Double(steps))
        while adam.steps < steps, !converged {
            adam.ascend(&theta, along: estimate.gradient)
            average.add(theta, step: adam.steps)
            q = try start.with(unconstrainedParameters: theta)
            estimate = ReparameterizedELBO.mixture(target: target, q: q, samples: samplesPerStep, source: &source)
            guard estimate.value.isFinite, estimate.gradient.allSatisfy(\.isFinite) else {
                throw .nonFiniteObjective(parameters: theta)
            }
            trace.append(estimate.value)
            converged = convergence.isMet(by: trace)
        }
        return OptimizationOutcome(parameters: average.value ?? theta, final: estimate, trace: trace,
                                   iterations: adam.steps, converged: converged)
    }
}

/// The running mean of the iterates after a given step (allocation-free updates).
struct IterateAverage {
    private var sum: [Double]
    private var count = 0
    private let firstStep: Double

    init(dimension: Int, after firstStep: Double) {
        sum = Array(repeating: 0, count: dimension)
        self.firstStep = firstStep
    }

    mutating func add(_ theta: [Double], step: Int) {
        guard Double(step) > firstStep else { return }
        count += 1
        for i in sum.indices { sum[i] += theta[i] }
    }

    /// The mean, or `nil` before any iterate was averaged.
    var value: [Double]? {
        count > 0 ? sum.map { $0 / Double(count) } : nil
    }
}
