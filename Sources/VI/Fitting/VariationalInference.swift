import Foundation
import Stats

/// Fits variational approximations to one target and reports each fit with
/// the same diagnostics: the exact ELBO, both KL divergences, `log Z` and
/// the PSIS k̂.
///
/// ```swift
/// let vi = VariationalInference(target: try LaplaceMixtureTarget.notebook())
/// let exact = try vi.fitExact(from: try Gaussian(mu: 10, sigma: 1))          // BFGS, quadrature ELBO
/// let svi = try vi.fitStochastic(from: try Gaussian(mu: 10, sigma: 1), svi: SVI(seed: 1))
/// let all = try vi.multistart(Multistart.gaussianStarts(for: vi.target))
/// print(exact, svi, all)
/// ```
public struct VariationalInference<Target: LogDensityTarget>: Sendable {
    /// The target.
    public let target: Target
    /// The quadrature tolerance for objectives and diagnostics.
    public let tolerance: QuadratureTolerance
    /// Draws from q used for the PSIS k̂ diagnostic (0 skips it).
    public let paretoDraws: Int
    /// Seed of the `RandomState` that draws them.
    public let paretoSeed: UInt32

    /// A fitter for `target`.
    public init(target: Target, tolerance: QuadratureTolerance = .standard,
                paretoDraws: Int = 4000, paretoSeed: UInt32 = 0) {
        self.target = target
        self.tolerance = tolerance
        self.paretoDraws = max(paretoDraws, 0)
        self.paretoSeed = paretoSeed
    }

    /// The exact ELBO objective of this target.
    public var exactELBO: ExactELBO<Target> { ExactELBO(target: target, tolerance: tolerance) }

    /// Maximises the exact ELBO with BFGS from `start`.
    public func fitExact<Family: VariationalFamily>(
        from start: Family, optimizer: BFGS = BFGS()
    ) throws(VIError) -> VIResult<Family> {
        let (q, outcome) = try optimizeExact(from: start, optimizer: optimizer)
        return try result(for: q, objective: .reverseKL, method: .exactBFGS, outcome: outcome)
    }

    /// BFGS on the exact ELBO, without the post-fit diagnostics.
    func optimizeExact<Family: VariationalFamily>(
        from start: Family, optimizer: BFGS
    ) throws(VIError) -> (Family, OptimizationOutcome) {
        let objective = exactELBO
        let outcome = try optimizer.maximize(from: start.unconstrainedParameters) { theta throws(VIError) in
            try objective.evaluate(try start.with(unconstrainedParameters: theta))
        }
        return (try start.with(unconstrainedParameters: outcome.parameters), outcome)
    }

    /// Maximises the exact ELBO with Adam from `start` (deterministic gradients).
    public func fitExact<Family: VariationalFamily>(
        from start: Family, adam: Adam, maxSteps: Int, convergence: ConvergenceCriterion = .init()
    ) throws(VIError) -> VIResult<Family> {
        let objective = exactELBO
        let outcome = try adam.maximize(from: start.unconstrainedParameters, maxSteps: maxSteps,
                                        convergence: convergence) { theta throws(VIError) in
            try objective.evaluate(try start.with(unconstrainedParameters: theta))
        }
        return try result(for: start.with(unconstrainedParameters: outcome.parameters),
                          objective: .reverseKL, method: .exactAdam, outcome: outcome)
    }

    /// Runs every start through ``fitExact(from:optimizer:)`` and returns the
    /// distinct local optima, each checked for being a strict local maximum.
    public func multistart<Family: VariationalFamily>(
        _ starts: [Family], optimizer: BFGS = BFGS(), check: LocalMaximumCheck = .init()
    ) throws(VIError) -> MultistartResult<Family> {
        try Multistart(optimizer: optimizer, check: check).run(self, starts: starts)
    }

    /// The diagnostics of any `q` against this target.
    public func diagnostics<Family: VariationalFamily>(of q: Family) throws(VIError) -> FitDiagnostics {
        let logZ = try target.logNormalizer(tolerance: tolerance)
        let elbo = try exactELBO.value(q)
        let forward = try target.forwardKL(to: q, tolerance: tolerance)
        var paretoK: Double?
        if paretoDraws > 0 {
            var source = RandomState(seed: paretoSeed)
            let logRatios = (0..<paretoDraws).map { _ in
                let x = q.sample(using: &source)
                return target.logDensity(x) - q.logDensity(x)
            }
            paretoK = try ParetoSmoothedImportanceSampling(logRatios: logRatios).k
        }
        return FitDiagnostics(logNormalizer: logZ, exactELBO: elbo, reverseKL: logZ - elbo,
                              forwardKL: forward, paretoK: paretoK)
    }

    /// Wraps a fitted `q` with its diagnostics.
    public func result<Family: VariationalFamily>(
        for q: Family, objective: FitObjective, method: FitMethod, outcome: OptimizationOutcome
    ) throws(VIError) -> VIResult<Family> {
        let diagnostics = try diagnostics(of: q)
        return VIResult(q: q, objective: objective, method: method,
                        parameters: q.unconstrainedParameters, parameterNames: q.parameterNames,
                        elbo: diagnostics.exactELBO, kl: diagnostics.reverseKL, trace: outcome.trace,
                        iterations: outcome.iterations, converged: outcome.converged, diagnostics: diagnostics)
    }
}

extension VariationalInference where Target: DifferentiableLogDensityTarget {
    /// Fits a Gaussian by SVI (reparameterisation gradients, Adam).
    public func fitStochastic(from start: Gaussian, svi: SVI = SVI()) throws(VIError) -> VIResult<Gaussian> {
        let outcome = try svi.run(target, from: start)
        return try result(for: start.with(unconstrainedParameters: outcome.parameters),
                          objective: .reverseKL, method: .stochasticAdam, outcome: outcome)
    }

    /// Fits a Gaussian mixture by SVI (stratified reparameterisation gradients, Adam).
    public func fitStochastic(from start: GaussianMixture, svi: SVI = SVI()) throws(VIError) -> VIResult<GaussianMixture> {
        let outcome = try svi.run(target, from: start)
        return try result(for: start.with(unconstrainedParameters: outcome.parameters),
                          objective: .reverseKL, method: .stochasticAdam, outcome: outcome)
    }
}

/// Maximises the exact ELBO of a Gaussian approximation to `target` with
/// BFGS from `start`: the one-call form of ``VariationalInference/fitExact(from:optimizer:)``.
public func fitGaussian<Target: LogDensityTarget>(
    to target: Target, start: Gaussian, tolerance: QuadratureTolerance = .standard
) throws(VIError) -> VIResult<Gaussian> {
    try VariationalInference(target: target, tolerance: tolerance).fitExact(from: start)
}
