import Testing
@testable import Plot

/// The norms' bad input as typed errors with messages that say what to change, and the
/// calls of an unscaled norm.
@Suite struct ColorNormalizationTests {
    /// The message of the `PlotError` that `body` throws, or "" when it throws none.
    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return (error as? PlotError)?.description ?? ""
        }
    }

    @Test func limitsOutOfOrderAreRefused() {
        #expect(message { _ = try Normalize(vmin: 2, vmax: 1) }.contains("vmin ≤ vmax"))
        #expect(message { _ = try LogNorm(vmin: 100, vmax: 10) }.contains("vmin ≤ vmax"))
        // A given vmin above every value: matplotlib's "minvalue must be less than or equal to maxvalue".
        #expect(message { _ = try Normalize(vmin: 10).autoscaled(to: [1, 2]) }.contains("vmin ≤ vmax"))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteLimitsAreRefused(_ bad: Double) {
        #expect(throws: PlotError.self) { try Normalize(vmin: bad) }
        #expect(throws: PlotError.self) { try LogNorm(vmax: bad) }
        #expect(throws: PlotError.self) { try TwoSlopeNorm(vcenter: bad) }
        #expect(throws: PlotError.self) { try TwoSlopeNorm(vcenter: 0, vmin: bad) }
    }

    @Test(arguments: [0.0, -1.0])
    func logLimitsMustBePositive(_ bad: Double) {
        #expect(message { _ = try LogNorm(vmin: bad, vmax: 10) }.contains("positive finite vmin"))
        #expect(message { _ = try LogNorm(vmin: bad, vmax: bad) }.contains("positive finite"))
    }

    @Test func theCentreMustLieStrictlyInside() {
        #expect(message { _ = try TwoSlopeNorm(vcenter: 0, vmin: 0) }.contains("vmin < vcenter"))
        #expect(message { _ = try TwoSlopeNorm(vcenter: 1, vmin: 2) }.contains("vmin < vcenter"))
        #expect(message { _ = try TwoSlopeNorm(vcenter: 5, vmax: 5) }.contains("vcenter < vmax"))
        #expect(throws: PlotError.self) { try TwoSlopeNorm(vcenter: 0, vmin: -1, vmax: -0.5) }
    }

    @Test func dataWithoutUsableValuesCannotScale() {
        #expect(message { _ = try Normalize().autoscaled(to: [.nan, .infinity]) }.contains("finite values"))
        #expect(message { _ = try Normalize().autoscaled(to: []) }.contains("give vmin and vmax"))
        #expect(message { _ = try LogNorm().autoscaled(to: [0, -1, .nan]) }.contains("positive finite values"))
        #expect(throws: PlotError.self) { try TwoSlopeNorm(vcenter: 0, vmin: -1).autoscaled(to: [.nan]) }
        // Limits already given need no data.
        #expect(throws: Never.self) { try Normalize(vmin: 0, vmax: 1).autoscaled(to: []) }
    }

    @Test func anUnscaledNormSaysWhatItLacks() throws {
        let norm = try Normalize(vmin: 0)
        #expect(!norm.isScaled)
        #expect(message { _ = try norm(0.5) }.contains("Normalize has no vmax yet"))
        #expect(message { _ = try LogNorm().inverse(0.5) }.contains("LogNorm has no vmin yet"))
        #expect(message { _ = try TwoSlopeNorm(vcenter: 0)(1) }.contains("autoscaled(to:)"))
    }

    @Test func mappingAnArrayAutoscalesToItFirst() throws {
        // matplotlib: Normalize()(np.ma.masked_invalid([2, nan, 4, 6])) → [0, --, 0.5, 1].
        let mapped = try Normalize()([2, .nan, 4, 6])
        #expect(mapped[0] == 0 && mapped[1].isNaN && mapped[2] == 0.5 && mapped[3] == 1)
        let logMapped = try LogNorm()([0, 1, 10, 100])
        #expect(logMapped[0].isNaN && logMapped[1] == 0 && logMapped[2] == 0.5 && logMapped[3] == 1)
    }

    @Test func normsFeedColormaps() throws {
        let norm = try TwoSlopeNorm(vcenter: 0, vmin: -1, vmax: 3)
        let map = Colormap.vlag
        #expect(map(try norm(-2)) == map.under)
        #expect(map(try norm(4)) == map.over)
        #expect(map(try norm(0)) == map.colors[128])
        #expect(map(try LogNorm(vmin: 1, vmax: 10)(-1)) == map.bad)
    }
}
