import Foundation
import Plot
import Testing

@testable import vi_gallery

/// The fit figures state the numbers that numpy/scipy give for the same fits.
@Suite struct FitFigureTests {
    let expected: FitExpected

    init() throws {
        expected = FitExpected.load()
    }

    /// The legend labels of every axes of `figure`.
    private func labels(_ figure: GalleryFigure) throws -> [[String]] {
        try figure.make(50).axes.map { axes in axes.artists.compactMap(\.legendEntry?.label) }
    }

    /// `value` as the figures write it: 3 decimals, U+2212 for a minus sign.
    private func text(_ value: Double) -> String {
        String(format: "%.3f", value).replacingOccurrences(of: "-", with: "\u{2212}")
    }

    @Test func gaussianFitStatesBothFitsAndTheirKL() throws {
        let legend = try labels(.gaussianFit)[0]
        let global = expected.gaussian_optima[0]
        let matched = expected.moment_matching
        #expect(legend.contains { $0.contains("μ = \(text(global.mu)), σ = \(text(global.sigma)), KL(q‖p) = \(text(global.kl))") })
        #expect(legend.contains { $0.contains("μ = \(text(matched.mu)), σ = \(text(matched.sigma)), KL(p‖q) = \(text(matched.forward_kl))") })
        #expect(legend.contains("true density p(x)"))
    }

    @Test func localOptimaShowsEveryOptimumInOrder() throws {
        let legend = try labels(.localOptima)[0].filter { $0.hasPrefix("#") }
        let stated = expected.gaussian_optima.enumerated().map { index, optimum in
            "#\(index + 1): μ = \(text(optimum.mu)), σ = \(text(optimum.sigma)), ELBO = \(text(optimum.elbo))"
        }
        #expect(legend == stated)
    }

    @Test func elboTraceShowsLogZTheGlobalOptimumAndTheSVIResult() throws {
        let legend = try labels(.elboTrace)
        #expect(legend.count == 2)
        #expect(legend[0].contains("log Z = 0.000, the ELBO's upper bound"))
        #expect(legend[0].contains("global optimum: ELBO = \(text(expected.gaussian_optima[0].elbo))"))
        #expect(legend[0].contains { $0.hasPrefix("SVI result: exact ELBO = ") })
        #expect(legend[1].contains { $0.hasPrefix("nearest optimum, #3: ") })
    }

    @Test func mixtureFitListsEachComponent() throws {
        let legend = try labels(.mixtureFit)[0]
        #expect(legend.filter { $0.hasPrefix("component: w = ") }.count == 4)
        #expect(legend.contains { $0.contains("one Gaussian: ELBO = \(text(expected.gaussian_optima[0].elbo))") })
    }
}
