import Foundation
import Testing
import Stats
@testable import VI

@Suite struct MonteCarloBoundsTests {
    /// For the global Gaussian optimum: ELBO ≤ IW bound (rising with K) ≤ log Z = 0,
    /// and the Rényi bound moves from the ELBO (α near 1) towards log Z (α = 0).
    @Test func boundsAreOrdered() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let optimum = VIFixtures.shared.gaussian_optima[0]
        let q = try Gaussian(mu: optimum.mu, sigma: optimum.sigma)
        let one = try MonteCarloBounds.importanceWeighted(target: target, q: q, particles: 1, replicates: 20_000, seed: 1)
        #expect(abs(one - optimum.elbo) < 0.02)   // 5 standard errors of 20 000 draws
        let ten = try MonteCarloBounds.importanceWeighted(target: target, q: q, particles: 10, replicates: 2000, seed: 2)
        let hundred = try MonteCarloBounds.importanceWeighted(target: target, q: q, particles: 100, replicates: 200, seed: 3)
        #expect(one < ten && ten < hundred && hundred < 0)
        let nearELBO = try MonteCarloBounds.renyi(target: target, q: q, alpha: 0.999, samples: 20_000, seed: 4)
        let half = try MonteCarloBounds.renyi(target: target, q: q, alpha: 0.5, samples: 20_000, seed: 4)
        #expect(abs(nearELBO - optimum.elbo) < 0.03)
        #expect(half > nearELBO && half < 0)
    }

    /// With q = p every importance ratio is 1, so every bound equals log Z exactly.
    @Test func boundsAreExactWhenQIsTheTarget() throws {
        let q = try Gaussian(mu: 2, sigma: 3)
        let target = DistributionTarget(q.normal)
        #expect(abs(try MonteCarloBounds.importanceWeighted(target: target, q: q, particles: 5, replicates: 10)) < 1e-12)
        #expect(abs(try MonteCarloBounds.renyi(target: target, q: q, alpha: 0.3, samples: 10)) < 1e-12)
        #expect(throws: VIError.self) { try MonteCarloBounds.renyi(target: target, q: q, alpha: 1, samples: 10) }
    }
}
