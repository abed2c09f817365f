import Foundation
import Testing
import Stats
@testable import VI

@Suite struct FamilyAndResultTests {
    @Test func gaussianParametrisation() throws {
        let q = try Gaussian(mu: 3, sigma: 2)
        #expect(q.unconstrainedParameters == [3, log(2)])
        #expect(try Gaussian(unconstrainedParameters: [3, log(2)]).sigma == 2)
        #expect(abs(q.entropy() - 0.5 * log(2 * Double.pi * M_E * 4)) < 1e-15)
        #expect(abs(q.densityFunction(3) - 1 / (2 * (2 * Double.pi).squareRoot())) < 1e-15)
        #expect(throws: VIError.self) { try Gaussian(mu: 0, sigma: 0) }
        #expect(throws: VIError.parameterCountMismatch(family: "Gaussian", expected: 2, actual: 3)) {
            try Gaussian(unconstrainedParameters: [1, 2, 3])
        }
    }

    @Test func mixtureParametrisationRoundTrips() throws {
        let q = try GaussianMixture(weights: [1, 3], means: [0, 10], sigmas: [1, 2])
        #expect(abs(q.mixture.weights[0] - 0.25) < 1e-15 && abs(q.mixture.weights[1] - 0.75) < 1e-15)
        let theta = q.unconstrainedParameters
        #expect(theta.count == 5)
        #expect(abs(theta[0] - log(3)) < 1e-15)
        let back = try GaussianMixture(unconstrainedParameters: theta)
        for (a, b) in zip(back.components, q.components) {
            #expect(abs(a.weight - b.weight) < 1e-15 && a.mean == b.mean && abs(a.standardDeviation - b.standardDeviation) < 1e-15)
        }
        #expect(abs(q.mean - 7.5) < 1e-15)
        // Mixture entropy by quadrature vs direct integration of −q log q.
        let direct = try -AdaptiveQuadrature.integrate({ x in q.density(x) * q.logDensity(x) },
                                                        from: -40, to: 50, breakPoints: [0, 10]).value
        #expect(abs(try q.entropy() - direct) < 1e-9)
        #expect(throws: VIError.self) { try GaussianMixture(unconstrainedParameters: [1, 2, 3]) }
        #expect(throws: VIError.self) { try q.with(unconstrainedParameters: [0, 1]) }
    }

    @Test func canonicalParametersIgnoreComponentOrder() throws {
        let a = try GaussianMixture(weights: [1, 3], means: [0, 10], sigmas: [1, 2])
        let b = try GaussianMixture(weights: [3, 1], means: [10, 0], sigmas: [2, 1])
        for (x, y) in zip(a.canonicalParameters, b.canonicalParameters) { #expect(abs(x - y) < 1e-14) }
    }

    @Test func resultPrintsPlotsAndSerialises() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let result = try fitGaussian(to: target, start: try Gaussian(mu: 16, sigma: 1))
        let text = result.description
        #expect(text.contains("ELBO") && text.contains("KL(q||p)") && text.contains("converged"))
        let area = try AdaptiveQuadrature.integrate(result.densityFunction, from: -.infinity, to: .infinity,
                                                    breakPoints: [result.q.mu]).value
        #expect(abs(area - 1) < 1e-10)
        #expect(abs(result.distribution.mean - result.q.mu) < 1e-15)
        let data = try JSONEncoder().encode(result)
        let decoded = try JSONDecoder().decode(VIResult<Gaussian>.self, from: data)
        #expect(decoded.q == result.q)
        #expect(decoded.trace == result.trace)
        #expect(decoded.diagnostics == result.diagnostics)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"elbo\"") && json.contains("\"method\""))
    }

    @Test func errorMessagesSayWhatToDo() {
        let errors: [VIError] = [
            .parameterCountMismatch(family: "Gaussian", expected: 2, actual: 1),
            .invalidSetting(name: "steps", value: -1, requirement: "non-negative"),
            .quadrature(.notConverged(errorEstimate: 1, goal: 0.1, subdivisions: 5)),
            .nonFiniteObjective(parameters: [1, 2]),
            .tooFewImportanceWeights(count: 1, required: 5),
            .unnormalisableTarget(logNormalizer: .infinity),
        ]
        for error in errors { #expect(!error.description.isEmpty) }
        #expect(errors[2].description.contains("break points"))
    }
}
