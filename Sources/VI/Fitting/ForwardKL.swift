import Foundation
import Stats

extension VariationalInference {
    /// The Gaussian minimising KL(p‖q): the one with p's mean and variance
    /// (moment matching), both computed by quadrature against the target.
    public func momentMatchedGaussian() throws(VIError) -> VIResult<Gaussian> {
        let logZ = try target.logNormalizer(tolerance: tolerance)
        let moments = try target.expectationUnderTarget(logZ: logZ, tolerance: tolerance) { x in SIMD2(x, x * x) }
        let mean = moments.x
        let variance = moments.y - mean * mean
        guard variance > 0 else { throw .invalidParameter(name: "variance of p", value: variance) }
        let q = try Gaussian(mu: mean, sigma: variance.squareRoot())
        let forward = try target.forwardKL(to: q, tolerance: tolerance)
        return try result(for: q, objective: .forwardKL, method: .momentMatching,
                          outcome: OptimizationOutcome(parameters: q.unconstrainedParameters,
                                                       final: ObjectiveEvaluation(value: -forward, gradient: [0, 0]),
                                                       trace: [forward], iterations: 0, converged: true))
    }

    /// A Gaussian mixture minimising KL(p‖q) by expectation–maximisation
    /// against the continuous target: each step sets `wₖ = E_p[rₖ]`,
    /// `μₖ = E_p[rₖ x]/wₖ`, `σₖ² = E_p[rₖ (x − μₖ)²]/wₖ` with responsibilities
    /// `rₖ(x) = wₖ N(x; μₖ, σₖ)/q(x)`, every expectation by quadrature. KL(p‖q)
    /// never increases; the trace records it after every step.
    public func forwardKLMixture(
        from start: GaussianMixture, maxIterations: Int = 500, relativeTolerance: Double = 1e-10
    ) throws(VIError) -> VIResult<GaussianMixture> {
        try VIError.require(maxIterations >= 0, "maxIterations", Double(maxIterations), "non-negative")
        let logZ = try target.logNormalizer(tolerance: tolerance)
        var q = start
        var trace = [try target.forwardKL(to: q, tolerance: tolerance)]
        var converged = false
        var iteration = 0
        while iteration < maxIterations, !converged {
            let parts = q.components
            var weights: [Double] = []
            var means: [Double] = []
            var sigmas: [Double] = []
            for index in parts.indices {
                let part = parts[index]
                let m = try target.expectationUnderTarget(logZ: logZ, extraBreakPoints: parts.map(\.mean),
                                                          tolerance: tolerance) { x in
                    let r = exp(log(part.weight) + Normal.logInverseSqrtTwoPi - log(part.standardDeviation)
                                - 0.5 * pow((x - part.mean) / part.standardDeviation, 2) - q.logDensity(x))
                    return SIMD4(r, r * x, r * x * x, 0)
                }
                let mean = m.y / m.x
                weights.append(m.x)
                means.append(mean)
                sigmas.append(max(m.z / m.x - mean * mean, 0).squareRoot())
            }
            q = try GaussianMixture(weights: weights, means: means, sigmas: sigmas)
            iteration += 1
            trace.append(try target.forwardKL(to: q, tolerance: tolerance))
            let last = trace[trace.count - 1]
            converged = abs(trace[trace.count - 2] - last) <= relativeTolerance * max(abs(last), 1)
        }
        return try result(for: q, objective: .forwardKL, method: .expectationMaximization,
                          outcome: OptimizationOutcome(parameters: q.unconstrainedParameters,
                                                       final: ObjectiveEvaluation(value: -trace[trace.count - 1], gradient: []),
                                                       trace: trace, iterations: iteration, converged: converged))
    }
}
