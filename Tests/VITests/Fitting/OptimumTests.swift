import Foundation
import Testing
import Stats
@testable import VI

@Suite struct OptimumTests {
    let fixtures = VIFixtures.shared

    /// BFGS on the exact ELBO lands on scipy's optimum of the same basin to 1e-4.
    @Test func exactFitLandsOnTheOptimum() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let global = fixtures.gaussian_optima[0]
        let result = try fitGaussian(to: target, start: try Gaussian(mu: 16, sigma: 1))
        #expect(result.converged)
        #expect(abs(result.q.mu - global.mu) <= 1e-4)
        #expect(abs(result.q.sigma - global.sigma) <= 1e-4)
        #expect(abs(result.elbo - global.elbo) < 1e-9)
        #expect(abs(result.kl - global.kl) < 1e-9)
        #expect(abs(result.diagnostics.forwardKL - global.forward_kl) < 1e-7 * global.forward_kl)
        #expect(result.trace.count == result.iterations + 1)
    }

    /// A grid of the exact ELBO around the optimum (independent of the
    /// optimiser) has its maximum next to it.
    @Test func gridMaximumAgreesWithOptimum() throws {
        let objective = ExactELBO(target: try LaplaceMixtureTarget.notebook())
        let global = fixtures.gaussian_optima[0]
        var best = (value: -Double.infinity, mu: 0.0, sigma: 0.0)
        for i in -10...10 {
            for j in -10...10 {
                let mu = global.mu + Double(i) * 1e-3
                let sigma = global.sigma + Double(j) * 1e-3
                let value = try objective.value(try Gaussian(mu: mu, sigma: sigma))
                if value > best.value { best = (value, mu, sigma) }
            }
        }
        #expect(abs(best.mu - global.mu) <= 1e-3 && abs(best.sigma - global.sigma) <= 1e-3)
    }

    /// From (mu 10, sigma 1) the exact local search ends in a local optimum, not the global one.
    @Test func ordinaryStartEndsInALocalOptimum() throws {
        let result = try fitGaussian(to: try LaplaceMixtureTarget.notebook(), start: try Gaussian(mu: 10, sigma: 1))
        let wide = fixtures.gaussian_optima[2]
        #expect(abs(result.q.mu - wide.mu) <= 1e-4 && abs(result.q.sigma - wide.sigma) <= 1e-4)
        #expect(result.elbo < fixtures.gaussian_optima[0].elbo - 0.05)
    }

    /// Multistart finds every optimum scipy finds, each a verified strict local maximum.
    @Test func multistartFindsEveryOptimum() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let vi = VariationalInference(target: target, paretoDraws: 500)
        let found = try vi.multistart(Multistart.gaussianStarts(for: target))
        #expect(found.failures.isEmpty)
        #expect(found.optima.count == fixtures.gaussian_optima.count)
        for (optimum, reference) in zip(found.optima, fixtures.gaussian_optima) {
            let q = optimum.result.q
            #expect(abs(q.mu - reference.mu) <= 1e-4 && abs(q.sigma - reference.sigma) <= 1e-4)
            #expect(abs(optimum.result.elbo - reference.elbo) < 1e-9)
            #expect(optimum.verdict.isLocalMaximum)
            #expect(optimum.verdict.hessianEigenvalues.allSatisfy { $0 < 0 })
            #expect(optimum.result.kl > 0)
        }
        #expect(found.description.contains("5 distinct local optima"))
    }

    @Test func saddleOrNonStationaryPointFailsTheCheck() throws {
        let objective = ExactELBO(target: try LaplaceMixtureTarget.notebook())
        let verdict = try LocalMaximumCheck().verify(at: [10, 0]) { theta throws(VIError) in
            try objective.evaluate(try Gaussian(unconstrainedParameters: theta))
        }
        #expect(!verdict.isLocalMaximum)
    }

    @Test func exactAdamReachesTheSameOptimum() throws {
        let vi = VariationalInference(target: try LaplaceMixtureTarget.notebook(), paretoDraws: 0)
        let result = try vi.fitExact(from: try Gaussian(mu: 16, sigma: 1), adam: Adam(learningRate: 0.02),
                                     maxSteps: 5000, convergence: .init(relativeTolerance: 1e-13))
        let global = fixtures.gaussian_optima[0]
        #expect(abs(result.q.mu - global.mu) < 1e-3 && abs(result.q.sigma - global.sigma) < 1e-3)
        #expect(result.method == .exactAdam)
    }

    @Test func mixtureFitBeatsEveryGaussian() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let vi = VariationalInference(target: target, paretoDraws: 0)
        let start = try GaussianMixture(weights: [1, 1, 1, 1], means: [1, 4, 17, 20], sigmas: [2, 0.5, 1.5, 0.5])
        let result = try vi.fitExact(from: start)
        #expect(result.converged)
        #expect(result.elbo > fixtures.gaussian_optima[0].elbo + 0.5)
        #expect(result.kl > 0 && result.kl < 0.2)
        let verdict = try LocalMaximumCheck().verify(at: result.parameters) { theta throws(VIError) in
            try vi.exactELBO.evaluate(try start.with(unconstrainedParameters: theta))
        }
        #expect(verdict.isLocalMaximum)
    }
}
