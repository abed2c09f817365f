import Foundation
import Testing
import Stats
@testable import VI

@Suite struct ForwardKLTests {
    let fixtures = VIFixtures.shared

    /// Moment matching by quadrature equals the closed-form Laplace-mixture
    /// moments and scipy's numbers.
    @Test func momentMatchingMatchesClosedFormAndScipy() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let result = try VariationalInference(target: target, paretoDraws: 0).momentMatchedGaussian()
        #expect(abs(result.q.mu - target.mixture.mean) < 1e-9)
        #expect(abs(result.q.sigma - target.mixture.standardDeviation) < 1e-9)
        #expect(abs(result.q.mu - fixtures.moment_matching.mu) < 1e-9)
        #expect(abs(result.q.sigma - fixtures.moment_matching.sigma) < 1e-9)
        #expect(abs(result.diagnostics.forwardKL - fixtures.moment_matching.forward_kl) < 1e-9)
        #expect(abs(result.elbo - fixtures.moment_matching.elbo) < 1e-9)
        #expect(result.objective == .forwardKL)
    }

    /// Forward KL equals moment matching: no Gaussian nearby has a lower KL(p‖q).
    @Test func momentMatchingMinimisesForwardKL() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let matched = try VariationalInference(target: target, paretoDraws: 0).momentMatchedGaussian()
        let best = matched.diagnostics.forwardKL
        for (dm, ds) in [(0.05, 0.0), (-0.05, 0.0), (0.0, 0.05), (0.0, -0.05), (0.03, 0.03)] {
            let q = try Gaussian(mu: matched.q.mu + dm, sigma: matched.q.sigma + ds)
            #expect(try target.forwardKL(to: q) > best)
        }
        // And BFGS on −KL(p‖q) by quadrature lands on the moments.
        let outcome = try BFGS(gradientTolerance: 1e-7).maximize(from: [5, 1]) { theta throws(VIError) in
            let f = { (t: [Double]) throws(VIError) -> Double in
                -(try target.forwardKL(to: try Gaussian(unconstrainedParameters: t)))
            }
            let h = 1e-6
            let value = try f(theta)
            let gradient = [(try f([theta[0] + h, theta[1]]) - f([theta[0] - h, theta[1]])) / (2 * h),
                            (try f([theta[0], theta[1] + h]) - f([theta[0], theta[1] - h])) / (2 * h)]
            return ObjectiveEvaluation(value: value, gradient: gradient)
        }
        #expect(abs(outcome.parameters[0] - matched.q.mu) < 1e-4)
        #expect(abs(exp(outcome.parameters[1]) - matched.q.sigma) < 1e-4)
    }

    /// EM against the target never increases KL(p‖q) and covers all the mass.
    @Test func mixtureEMDecreasesForwardKL() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let vi = VariationalInference(target: target, paretoDraws: 0)
        let start = try GaussianMixture(weights: [1, 1], means: [0, 20], sigmas: [3, 3])
        let result = try vi.forwardKLMixture(from: start, maxIterations: 200)
        for (before, after) in zip(result.trace, result.trace.dropFirst()) {
            #expect(after <= before + 1e-10)
        }
        #expect(result.diagnostics.forwardKL < 0.5)
        #expect(abs(result.q.mean - target.mixture.mean) < 1e-6)   // EM preserves the mean at convergence
    }
}
