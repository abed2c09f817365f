import Testing

@testable import Stats

/// The exact path against scipy 1.17.1 / seaborn 0.13.2 (fixtures: kde_seaborn_cases.json).
@Suite("GaussianKDE matches scipy and seaborn")
struct KDESeabornFixtureTests {
    static let cases = KDEFixtures.seabornCases

    @Test func fixturesLoaded() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func bandwidthMatchesScipy(_ fixture: KDEFixtures.SeabornCase) throws {
        let kde = try GaussianKDE(
            data: fixture.data, weights: fixture.weights, bandwidth: fixture.rule, adjust: fixture.bwAdjust)
        #expect(abs(kde.effectiveSampleSize - fixture.neff) <= 1e-14 * fixture.neff)
        #expect(abs(kde.factor - fixture.factor) <= 1e-15 * fixture.factor)
        #expect(abs(kde.dataVariance - fixture.dataVariance) <= 1e-14 * fixture.dataVariance)
        #expect(abs(kde.bandwidth - fixture.kernelSigma) <= 1e-14 * fixture.kernelSigma)
    }

    /// seaborn builds its grid from a fit *without* the weights (its `define_support`
    /// is called without them), so the weighted cases take the grid of the unweighted fit.
    /// The variance can differ from numpy's in the last bit (numpy's `np.cov` ends in an
    /// OpenBLAS dot product whose summation order depends on the CPU), hence the
    /// tolerance of a few ulps of the grid's scale.
    @Test(arguments: cases)
    func supportGridMatchesSeaborn(_ fixture: KDEFixtures.SeabornCase) throws {
        let gridFit = try GaussianKDE(data: fixture.data, bandwidth: fixture.rule, adjust: fixture.bwAdjust)
        let grid = try gridFit.supportGrid(cut: fixture.cut, gridsize: fixture.gridsize, clip: fixture.clip)
        let scale = fixture.grid.map(abs).max() ?? 1
        #expect(grid.count == fixture.grid.count)
        #expect(zip(grid, fixture.grid).allSatisfy { abs($0 - $1) <= 1e-14 * scale })
    }

    @Test(arguments: cases)
    func exactDensityMatchesSeaborn(_ fixture: KDEFixtures.SeabornCase) throws {
        let kde = try GaussianKDE(
            data: fixture.data, weights: fixture.weights, bandwidth: fixture.rule, adjust: fixture.bwAdjust)
        let onGrid = kde.density(at: fixture.grid, method: .exact)
        let offGrid = kde.density(at: fixture.offGridPoints, method: .exact)
        #expect(maximumRelativeError(onGrid, fixture.density) <= 1e-12)
        #expect(maximumRelativeError(offGrid, fixture.offGridDensity) <= 1e-12)
    }

    @Test(arguments: cases)
    func cumulativeMatchesSeaborn(_ fixture: KDEFixtures.SeabornCase) throws {
        let kde = try GaussianKDE(
            data: fixture.data, weights: fixture.weights, bandwidth: fixture.rule, adjust: fixture.bwAdjust)
        let fromGridStart = kde.cumulative(at: fixture.grid, from: fixture.grid[0])
        let fromMinusInfinity = kde.cumulative(at: fixture.offGridPoints)
        #expect(maximumRelativeError(fromGridStart, fixture.cumulative) <= 1e-12)
        #expect(maximumRelativeError(fromMinusInfinity, fixture.cdfFromMinusInfinity) <= 1e-12)
    }
}
