import Foundation
import Testing
import Stats
@testable import VI

@Suite struct DiagnosticsTests {
    let fixtures = VIFixtures.shared

    /// k̂ and the smoothed weights agree with the Python port of arviz's psislw.
    @Test func paretoKMatchesArvizPort() throws {
        #expect(fixtures.psis.count == 3)
        for reference in fixtures.psis {
            let psis = try ParetoSmoothedImportanceSampling(logRatios: reference.log_ratios)
            #expect(abs(psis.k - reference.k) < 1e-10, "\(reference.name)")
            let worst = zip(psis.smoothedLogWeights, reference.smoothed_log_weights).map { abs($0 - $1) }.max() ?? .nan
            #expect(worst < 1e-9, "\(reference.name)")
        }
    }

    @Test func paretoKOrdersTailHeaviness() throws {
        let byName = Dictionary(uniqueKeysWithValues: fixtures.psis.map { ($0.name, $0.k) })
        #expect((byName["heavy_tail_pareto"] ?? 0) > 0.7)
        #expect((byName["light_tail_normal"] ?? 1) < (byName["heavy_tail_pareto"] ?? 0) - 0.3)
    }

    @Test func tooFewOrNonFiniteRatiosAreErrors() {
        #expect(throws: VIError.tooFewImportanceWeights(count: 3, required: 5)) {
            try ParetoSmoothedImportanceSampling(logRatios: [1, 2, 3])
        }
        #expect(throws: VIError.self) {
            try ParetoSmoothedImportanceSampling(logRatios: [1, 2, 3, .nan, 4, 5])
        }
    }

    @Test func diagnosticsOfTheGlobalOptimum() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let global = fixtures.gaussian_optima[0]
        let q = try Gaussian(mu: global.mu, sigma: global.sigma)
        let diagnostics = try VariationalInference(target: target).diagnostics(of: q)
        #expect(diagnostics.logNormalizer == 0)
        #expect(abs(diagnostics.reverseKL - global.kl) < 1e-8)
        #expect(abs(diagnostics.forwardKL - global.forward_kl) < 1e-6)
        // q covers one mode and its draws never reach the others, so k̂ looks
        // fine although KL(p‖q) is large: k̂ cannot see mass q never samples.
        #expect((diagnostics.paretoK ?? 1) < 0.5)
        #expect(diagnostics.forwardKL > 10)
    }
}
