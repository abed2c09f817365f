import Testing
@testable import Stats
@testable import VI

/// Multistart over random mixture starts completes: an optimum the checks
/// cannot evaluate is reported among the failures instead of aborting.
@Suite struct MixtureMultistartTests {
    @Test func randomMixtureStartsNeverAbortTheSearch() throws {
        let vi = VariationalInference(target: try LaplaceMixtureTarget.notebook())
        // With these starts one fit collapses a component to σ ≈ 5e-9, which
        // used to abort the whole search with a quadrature error.
        let starts = Multistart.mixtureStarts(for: vi.target, components: 4, count: 6, seed: 0)
        #expect(starts.count == 6)
        let found = try vi.multistart(starts)
        #expect(found.optima.count + found.failures.count >= 1)
        #expect(found.starts == 6)
        for optimum in found.optima {
            #expect(optimum.result.elbo <= 1e-9, "the ELBO cannot exceed log Z = 0")
        }
        let elbos = found.optima.map(\.result.elbo)
        #expect(elbos == elbos.sorted(by: >), "optima are listed best first")
    }
}
