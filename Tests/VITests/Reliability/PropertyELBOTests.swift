import Foundation
import PropertyBased
import Stats
import Testing
import VI

/// The ELBO is a lower bound: for random Laplace-mixture targets (log Z = 0)
/// and random Gaussian or mixture approximations, ELBO = log Z − KL(q‖p) ≤ log Z.
@Suite struct PropertyELBOTests {
    /// 1 to 3 components: locations in [-10, 10], scales in [0.2, 4], weights in [0.1, 1].
    private static let targets = zip(
        Gen.double(in: -10...10).array(of: 1...3), Gen.double(in: 0.2...4).array(of: 3), Gen.double(in: 0.1...1).array(of: 3))

    private static func target(_ parameters: ([Double], [Double], [Double])) throws -> LaplaceMixtureTarget {
        let (locations, scales, weights) = parameters
        let components = try zip(locations, scales).map { try Laplace(location: $0, scale: $1) }
        return try LaplaceMixtureTarget(components: components, weights: Array(weights.prefix(components.count)))
    }

    /// The quadrature tolerance (1e-10 relative) bounds how far above 0 a computed ELBO may land.
    private static let slack = 1e-8

    @Test func gaussianELBOIsAtMostLogZ() async {
        await propertyCheck(input: Self.targets, Gen.double(in: -15...15), Gen.double(in: 0.05...20)) { parameters, mu, sigma in
            let target = try Self.target(parameters)
            let elbo = try ExactELBO(target: target).value(try Gaussian(mu: mu, sigma: sigma))
            #expect(elbo.isFinite)
            #expect(elbo <= (target.knownLogNormalizer ?? 0) + Self.slack, "ELBO \(elbo) for N(\(mu), \(sigma))")
        }
    }

    @Test func mixtureELBOIsAtMostLogZ() async {
        await propertyCheck(
            input: Self.targets, Gen.double(in: -15...15).array(of: 2), Gen.double(in: 0.05...10).array(of: 2),
            Gen.double(in: 0.05...1)
        ) { parameters, means, sigmas, firstWeight in
            let target = try Self.target(parameters)
            let q = try GaussianMixture(weights: [firstWeight, 1 - firstWeight + 0.05], means: means, sigmas: sigmas)
            let elbo = try ExactELBO(target: target).value(q)
            #expect(elbo <= Self.slack, "ELBO \(elbo) for \(q)")
        }
    }

    /// Known log Z agrees with quadrature, so the bound above is against the true value.
    @Test func theTargetsAreNormalised() async {
        await propertyCheck(count: 20, input: Self.targets) { parameters in
            let target = try Self.target(parameters)
            #expect(abs(try target.logNormalizer()) < 1e-8)
        }
    }
}
