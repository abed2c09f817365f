import Testing

@testable import Stats

/// The binned approximation against the exact sum: absolute error ≤ 1e-5 × peak density.
@Suite("Binned KDE agrees with the exact sum")
struct KDEBinnedAccuracyTests {
    static let cases = KDETestData.accuracyCases()

    @Test(arguments: cases.indices)
    func binnedWithinBoundOnSeabornGrid(_ index: Int) throws {
        let sample = Self.cases[index]
        let kde = try GaussianKDE(data: sample.data, weights: sample.weights, bandwidth: sample.rule)
        let grid = try kde.supportGrid()
        let exact = kde.density(at: grid, method: .exact)
        let binned = kde.density(at: grid, method: .binned)
        let peak = try #require(exact.max())
        let error = zip(exact, binned).map { abs($0 - $1) }.max() ?? .infinity
        #expect(error <= 1e-5 * peak, "\(sample.name): error/peak = \(error / peak)")
    }

    /// Unsorted points, points off the data range, and non-finite points.
    @Test func binnedHandlesArbitraryPoints() throws {
        var random = KDETestData(seed: 5)
        let kde = try GaussianKDE(data: random.sample(2000) { $0.laplace() })
        let points = random.sample(300) { 30 * $0.uniform() - 15 }
        let exact = kde.density(at: points, method: .exact)
        let binned = kde.density(at: points, method: .binned)
        let peak = try #require(exact.max())
        #expect(zip(exact, binned).allSatisfy { abs($0 - $1) <= 1e-5 * peak })
        let special = kde.density(at: [.nan, .infinity, -.infinity, 0], method: .binned)
        #expect(special[0].isNaN && special[1] == 0 && special[2] == 0 && special[3] > 0)
    }

    /// A data range of ~10⁹ bandwidths cannot be binned: `.binned` falls back to the exact sum.
    @Test func hugeRangeFallsBackToExact() throws {
        let data = [0, 1, 2, 3, 1e9]
        let kde = try GaussianKDE(data: data, bandwidth: .factor(1e-9))
        let points = [0.5, 1.5, 1e9]
        #expect(kde.density(at: points, method: .binned) == kde.density(at: points, method: .exact))
    }

    /// Automatic stays exact for seaborn-sized data and bins large data within the bound.
    @Test func automaticChoosesByCost() throws {
        var random = KDETestData(seed: 11)
        let small = try GaussianKDE(data: random.sample(300) { $0.normal() })
        let smallGrid = try small.supportGrid()
        #expect(small.density(at: smallGrid) == small.density(at: smallGrid, method: .exact))

        let large = try GaussianKDE(data: random.sample(5000) { $0.normal() })
        let largeGrid = try large.supportGrid()
        let automatic = large.density(at: largeGrid)
        let exact = large.density(at: largeGrid, method: .exact)
        #expect(automatic == large.density(at: largeGrid, method: .binned))
        let peak = try #require(exact.max())
        #expect(zip(exact, automatic).allSatisfy { abs($0 - $1) <= 1e-5 * peak })
    }

    /// More points than grid nodes: every node is smoothed once and shared.
    @Test func denseEvaluationStaysWithinBound() throws {
        var random = KDETestData(seed: 17)
        let kde = try GaussianKDE(data: random.sample(400) { $0.normal() }, bandwidth: .factor(0.5))
        let grid = try kde.supportGrid(gridsize: 5000)
        let exact = kde.density(at: grid, method: .exact)
        let binned = kde.density(at: grid, method: .binned)
        let peak = try #require(exact.max())
        #expect(zip(exact, binned).allSatisfy { abs($0 - $1) <= 1e-5 * peak })
    }
}
