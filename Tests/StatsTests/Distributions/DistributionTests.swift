import Foundation
import Testing
import PropertyBased
@testable import Stats

@Suite struct DistributionTests {
    @Test func normalClosedForms() throws {
        let normal = try Normal(mean: 1.5, scale: 2)
        #expect(abs(normal.logDensity(1.5) - (-log(2) - 0.5 * log(2 * Double.pi))) < 1e-15)
        #expect(abs(normal.density(3.5) - exp(-0.5) / (2 * (2 * Double.pi).squareRoot())) < 1e-15)
        #expect(normal.cdf(1.5) == 0.5)
        #expect(abs(normal.cdf(3.5) - 0.8413447460685429) < 1e-15)   // Φ(1)
        #expect(normal.variance == 4)
        #expect(abs(normal.entropy() - (0.5 * log(2 * Double.pi * M_E * 4))) < 1e-15)
        #expect(normal.kinks.isEmpty)
    }

    @Test func laplaceClosedForms() throws {
        let laplace = try Laplace(location: 4, scale: 0.5)
        #expect(laplace.density(4) == 1)
        #expect(abs(laplace.logDensity(5) - (-2)) < 1e-15)
        #expect(laplace.cdf(4) == 0.5)
        #expect(abs(laplace.cdf(3) - 0.5 * exp(-2)) < 1e-16)
        #expect(abs(laplace.cdf(5) - (1 - 0.5 * exp(-2))) < 1e-16)
        #expect(laplace.mean == 4)
        #expect(laplace.variance == 0.5)
        #expect(abs(laplace.entropy() - 1) < 1e-15)
        #expect(laplace.kinks == [4])
    }

    /// Entropies and moments agree with independent quadrature of the density.
    @Test(arguments: [(0.0, 1.0), (3.0, 0.2), (-7.0, 5.0)])
    func closedFormsMatchQuadrature(location: Double, scale: Double) throws {
        let laplace = try Laplace(location: location, scale: scale)
        let normal = try Normal(mean: location, scale: scale)
        for distribution in [laplace as any UnivariateDistribution, normal] {
            let moments = try AdaptiveQuadrature.expectation(of: distribution) { x in
                SIMD4(1, x, x * x, -distribution.logDensity(x))
            }.value
            #expect(abs(moments.x - 1) < 1e-10)
            #expect(abs(moments.y - distribution.mean) < 1e-9 * max(1, abs(location)))
            #expect(abs(moments.z - moments.y * moments.y - distribution.variance) < 1e-8 * max(1, location * location))
            #expect(abs(moments.w - (try distribution.entropy())) < 1e-9)
        }
    }

    /// Laplace sampling consumes one uniform exactly as numpy's legacy
    /// `random_laplace`, so it reproduces `RandomState.laplace` draw for draw.
    @Test func laplaceSamplingMatchesNumpyStream() throws {
        var ours = RandomState(seed: 2314)
        var reference = RandomState(seed: 2314)
        let laplace = try Laplace(location: 16.998985861770773, scale: 1.4397153617226592)
        let drawn = laplace.samples(50, using: &ours)
        let expected = try reference.laplace(loc: laplace.location, scale: laplace.scale, count: 50)
        #expect(drawn == expected)
    }

    @Test func normalSamplingMatchesNumpyStream() throws {
        var ours = RandomState(seed: 7)
        var reference = RandomState(seed: 7)
        let normal = try Normal(mean: -2, scale: 3)
        let drawn = normal.samples(11, using: &ours)
        let expected = (0..<11).map { _ in -2 + 3 * reference.standardNormal() }
        #expect(drawn == expected)
    }

    @Test func mixtureMomentsCdfAndTails() throws {
        let mixture = try Mixture(components: [Laplace(location: 0, scale: 1), Laplace(location: 10, scale: 0.5)],
                                  weights: [1, 3])
        #expect(mixture.weights == [0.25, 0.75])
        #expect(abs(mixture.mean - 7.5) < 1e-15)
        #expect(abs(mixture.variance - (0.25 * 2 + 0.75 * (0.5 + 100) - 56.25)) < 1e-12)
        #expect(abs(mixture.cdf(5) - (0.25 * (1 - 0.5 * exp(-5)) + 0.75 * 0.5 * exp(-10))) < 1e-15)
        // Far in the tail the naive sum underflows to log(0); logsumexp stays exact.
        let far = 5000.0
        #expect(abs(mixture.logDensity(far) - (log(0.25) - log(2) - far)) < 1e-9)
        #expect(mixture.kinks == [0, 10])
        let quadratureEntropy = try -AdaptiveQuadrature.integrate({ x in
            let p = mixture.density(x)
            return p > 0 ? p * log(p) : 0
        }, from: -200, to: 200, breakPoints: [0, 10]).value
        #expect(abs(try mixture.entropy() - quadratureEntropy) < 1e-9)
    }

    @Test func mixtureSamplingPicksComponentWithOneUniform() throws {
        let mixture = try Mixture(components: [Normal(mean: -100, scale: 1), Normal(mean: 100, scale: 1)])
        var rng = RandomState(seed: 3)
        var reference = RandomState(seed: 3)
        for _ in 0..<20 {
            let x = mixture.sample(using: &rng)
            let u = reference.randomSample()
            let expected = (u < 0.5 ? -100.0 : 100.0) + reference.standardNormal()
            #expect(x == expected)
        }
    }

    @Test func invalidParametersThrow() {
        #expect(throws: DistributionError.self) { try Normal(mean: 0, scale: 0) }
        #expect(throws: DistributionError.self) { try Normal(mean: .nan, scale: 1) }
        #expect(throws: DistributionError.self) { try Laplace(location: 0, scale: -1) }
        #expect(throws: DistributionError.self) { try Laplace(location: 0, scale: .infinity) }
        #expect(throws: DistributionError.emptyMixture) { try Mixture<Normal>(components: []) }
        #expect(throws: DistributionError.weightCountMismatch(components: 1, weights: 2)) {
            try Mixture(components: [Normal(mean: 0, scale: 1)], weights: [1, 2])
        }
        #expect(throws: DistributionError.self) {
            try Mixture(components: [Normal(mean: 0, scale: 1), Normal(mean: 1, scale: 1)], weights: [0, 0])
        }
        let message = DistributionError.invalidParameter(name: "scale", value: 0, requirement: "positive and finite").description
        #expect(message.contains("scale") && message.contains("positive"))
    }

    @Test func codableRoundTripValidates() throws {
        let mixture = try Mixture(components: [Laplace(location: 1, scale: 2), Laplace(location: 4, scale: 0.3)])
        let decoded = try JSONDecoder().decode(Mixture<Laplace>.self, from: JSONEncoder().encode(mixture))
        #expect(decoded == mixture)
        let bad = Data(#"{"mean": 0, "scale": -1}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Normal.self, from: bad) }
    }

    @Test func logSumExpMatchesDirectSum() async {
        await propertyCheck(input: Gen.double(in: -30...30).array(of: 1...40)) { terms in
            let direct = log(terms.reduce(0) { $0 + exp($1) })
            #expect(abs(LogSumExp.of(terms) - direct) < 1e-12 * max(1, abs(direct)))
        }
    }

    @Test func logSumExpEdgeCases() {
        #expect(LogSumExp.of([]) == -.infinity)
        #expect(LogSumExp.of([-.infinity, -.infinity]) == -.infinity)
        #expect(LogSumExp.of([-1000, -1000]) == -1000 + log(2))
        #expect(LogSumExp.of([1, .infinity]) == .infinity)
        #expect(LogSumExp.of([1, .nan, 2]).isNaN)
    }
}
