import Testing
import VI

/// The VI example of README.md, kept compiling and true.
@Suite struct ReadmeExampleTests {
    @Test func readmeExampleFitsAndFindsEveryOptimum() throws {
        let vi = VariationalInference(target: try LaplaceMixtureTarget.notebook())
        let fit = try vi.fitExact(from: try Gaussian(mu: 10, sigma: 1))
        let all = try vi.multistart(Multistart.gaussianStarts(for: vi.target))
        #expect(!String(describing: fit).isEmpty)
        #expect(all.optima.count == 5)
        // From (10, 1) the local fit lands in a local optimum, not the global one.
        #expect(fit.elbo < all.optima[0].result.elbo - 0.01)
    }
}
