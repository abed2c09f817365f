import Foundation
import Testing

@testable import vi_gallery

/// `vi-gallery fit`: the numbers against numpy/scipy, the options, the errors.
@Suite struct FitCommandTests {
    let folder: TemporaryFolder
    let expected: FitExpected

    init() throws {
        folder = try TemporaryFolder()
        expected = FitExpected.load()
    }

    private func fit(_ arguments: [String]) throws -> (run: GalleryRun, output: FitOutput) {
        let run = try GalleryProcess.run(["fit", "--json"] + arguments, in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        return (run, try FitOutput.decode(run.standardOutput))
    }

    /// The optimum of `expected` nearest to (mu, sigma), in (μ, log σ).
    private func nearestOptimum(mu: Double, sigma: Double) -> Int? {
        expected.gaussian_optima.indices.min { a, b in
            let optima = expected.gaussian_optima
            return hypot(optima[a].mu - mu, log(optima[a].sigma / sigma))
                < hypot(optima[b].mu - mu, log(optima[b].sigma / sigma))
        }
    }

    @Test func theTargetIsTheNotebooksLaplaceMixture() throws {
        let target = try fit([]).output.target
        #expect(target.seed == 2314)
        #expect(abs(target.log_z - expected.log_normalizer) < 1e-9)
        #expect(target.components.count == expected.components.means.count)
        for (component, (mean, scale)) in zip(target.components, zip(expected.components.means, expected.components.scales)) {
            #expect(component.weight == 0.25)
            #expect(abs(component.location - mean) < 1e-12 && abs(component.scale - scale) < 1e-12)
        }
    }

    @Test func theDefaultFitIsTheGlobalReverseKLGaussian() throws {
        let fits = try fit([]).output.fits
        let global = expected.gaussian_optima[0]
        try #require(fits.count == 1)
        let fit = fits[0]
        #expect((fit.family, fit.objective, fit.method) == ("gaussian", "reverse-kl", "exact"))
        #expect(fit.algorithm == "exact ELBO, BFGS")
        #expect(abs((fit.mu ?? .nan) - global.mu) < 1e-4 && abs((fit.sigma ?? .nan) - global.sigma) < 1e-4)
        #expect(abs(fit.elbo - global.elbo) < 1e-9 && abs(fit.kl - global.kl) < 1e-9)
        #expect(abs(fit.forward_kl - global.forward_kl) < 1e-6 * global.forward_kl)
        #expect(fit.components == nil && fit.rank == nil && fit.converged)
    }

    /// The cheap 5 × 3 start grid still finds every optimum scipy finds, each
    /// verified as a strict local maximum, and every start converges.
    @Test func allOptimaListsEveryLocalOptimumBestFirst() throws {
        let fits = try fit(["--all-optima"]).output.fits
        #expect(fits.count == expected.gaussian_optima.count)
        for (index, (fit, optimum)) in zip(fits, expected.gaussian_optima).enumerated() {
            #expect(fit.rank == index + 1)
            #expect(abs((fit.mu ?? .nan) - optimum.mu) < 1e-4 && abs((fit.sigma ?? .nan) - optimum.sigma) < 1e-4)
            #expect(abs(fit.elbo - optimum.elbo) < 1e-9 && abs(fit.kl - optimum.kl) < 1e-9)
            #expect(abs(fit.forward_kl - optimum.forward_kl) < 1e-6 * optimum.forward_kl)
            #expect(fit.local_maximum == true)
        }
        #expect(fits.map(\.elbo) == fits.map(\.elbo).sorted(by: >))
        let grid = NotebookFitter.startGrid
        #expect(fits.compactMap(\.basin_count).reduce(0, +) == grid.means * grid.sigmas)
        #expect(grid.means * grid.sigmas < 65, "cheaper than the library's default 13 x 5 grid")
    }

    @Test func forwardKLIsMomentMatching() throws {
        let fit = try #require(try fit(["--objective", "forward-kl"]).output.fits.first)
        let matched = expected.moment_matching
        #expect((fit.family, fit.objective, fit.method, fit.algorithm) == ("gaussian", "forward-kl", "exact", "moment matching"))
        #expect(abs((fit.mu ?? .nan) - matched.mu) < 1e-9 && abs((fit.sigma ?? .nan) - matched.sigma) < 1e-9)
        #expect(abs(fit.forward_kl - matched.forward_kl) < 1e-9 && abs(fit.elbo - matched.elbo) < 1e-9)
    }

    /// From N(10, 1) SVI settles in a local optimum (as the elbo-trace figure shows).
    @Test func sviFromTheOrdinaryStartSettlesInALocalOptimum() throws {
        let (run, output) = try fit(["--method", "svi"])
        let fit = try #require(output.fits.first)
        #expect((fit.family, fit.objective, fit.method) == ("gaussian", "reverse-kl", "svi"))
        #expect(fit.iterations == 2000)
        #expect(fit.elbo < expected.gaussian_optima[0].elbo - 0.05)
        let nearest = try #require(nearestOptimum(mu: fit.mu ?? .nan, sigma: fit.sigma ?? .nan))
        #expect(nearest != 0)
        #expect(abs(fit.elbo - expected.gaussian_optima[nearest].elbo) < 0.02)
        #expect(try GalleryProcess.run(["fit", "--json", "--method", "svi", "--seed", "1"], in: folder.url).standardOutput
                == run.standardOutput)
        #expect(try self.fit(["--method", "svi", "--seed", "2"]).output.fits != output.fits)
    }

    /// A mixture with one component per Laplace puts a component on every mode.
    @Test func theMixtureCoversEveryMode() throws {
        let output = try fit(["--family", "mixture"]).output
        let fit = try #require(output.fits.first)
        let components = try #require(fit.components)
        #expect((fit.family, fit.objective, fit.method) == ("mixture", "reverse-kl", "exact"))
        #expect(fit.mu == nil && fit.sigma == nil)
        #expect(components.count == 4)
        #expect(abs(components.map(\.weight).reduce(0, +) - 1) < 1e-12)
        for (part, location) in zip(components.sorted { $0.mu < $1.mu }, expected.components.means) {
            #expect(abs(part.mu - location) < 0.5)
        }
        #expect(fit.elbo > expected.gaussian_optima[0].elbo + 0.9)
        #expect(abs(fit.kl - (fit.log_z - fit.elbo)) < 1e-12)
    }

    @Test func theForwardKLMixtureBeatsMomentMatching() throws {
        let fit = try #require(try fit(["--family", "mixture", "--objective", "forward-kl"]).output.fits.first)
        #expect(fit.algorithm == "EM by quadrature")
        #expect(fit.forward_kl < 0.05 && fit.forward_kl < expected.moment_matching.forward_kl)
    }

    @Test(arguments: [1, 2, 3])
    func componentsSetsTheMixtureSize(count: Int) throws {
        let output = try fit(["--family", "mixture", "--components", "\(count)", "--method", "svi", "--seed", "3"]).output
        #expect(output.fits.first?.components?.count == count)
    }

    @Test func withoutJSONATablePrintsTheTargetAndTheFit() throws {
        let run = try GalleryProcess.run(["fit"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Target: the notebook's mixture of 4 Laplace components (seed 2314), log Z = 0.0000")
        #expect(lines.contains("   0.250     4.159    0.296"))
        let row = try #require(lines.first { $0.hasPrefix("  1  gaussian  reverse-kl  exact") })
        #expect(row.hasSuffix("  -1.0116    1.0116   14.3980   1.000    17.943    2.011"))
        #expect(lines.last?.hasPrefix("#1: exact ELBO, BFGS;") == true)
    }

    @Test func aMixtureTableHasOneRowPerComponent() throws {
        let run = try GalleryProcess.run(["fit", "--family", "mixture", "--components", "3"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("  1  mixture   reverse-kl  exact") })
        let continuation = lines[(first + 1)...(first + 2)]
        #expect(continuation.allSatisfy { $0.count == lines[first].count && $0.hasPrefix(String(repeating: " ", count: 60)) })
    }

    @Test(arguments: [
        (["--components", "3"], "--components applies to --family mixture only"),
        (["--family", "mixture", "--components", "0"], "--components must be 1 to 20, got 0"),
        (["--family", "mixture", "--components", "21"], "--components must be 1 to 20, got 21"),
        (["--objective", "forward-kl", "--method", "svi"], "--objective forward-kl has no svi method"),
        (["--seed", "4"], "--seed applies to --method svi only"),
        (["--all-optima", "--method", "svi"], "--all-optima lists the exact reverse-KL optima of a Gaussian"),
        (["--all-optima", "--family", "mixture"], "--all-optima lists the exact reverse-KL optima of a Gaussian"),
        (["--family", "normal"], "The value 'normal' is invalid for '--family <family>'"),
        (["--method", "bfgs"], "The value 'bfgs' is invalid for '--method <method>'"),
        (["--method", "svi", "--seed", "x"], "The value 'x' is invalid for '--seed <N>'"),
    ])
    func usageErrorsExitWithStatus2(arguments: [String], message: String) throws {
        let run = try GalleryProcess.run(["fit", "--json"] + arguments, in: folder.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }
}
