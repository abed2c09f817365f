import Testing
@testable import Plot

/// Bad input to the tick code gets a typed error (or matplotlib's documented fallback), never a crash.
@Suite struct TicksInputValidationTests {
    @Test(arguments: [(Double.nan, 1.0), (0, .infinity), (-.infinity, 0), (-1.7e308, 1.7e308)])
    func nonFiniteViewLimitsAreRejected(_ limits: (Double, Double)) {
        let error = #expect(throws: TickError.self) {
            try AxisTicker().ticks(
                viewMin: limits.0, viewMax: limits.1, axisLengthPoints: 300, fontSizePoints: 10, orientation: .x)
        }
        guard case .nonFiniteViewLimits? = error else {
            Issue.record("expected nonFiniteViewLimits, got \(String(describing: error))")
            return
        }
    }

    @Test func badAxisLengthAndFontSizeAreRejected() {
        #expect(throws: TickError.invalidAxisLength(-1)) {
            try AxisTicker.tickSpace(axisLengthPoints: -1, fontSizePoints: 10, orientation: .y)
        }
        #expect(throws: TickError.invalidFontSize(.infinity)) {
            try AxisTicker.tickSpace(axisLengthPoints: 100, fontSizePoints: .infinity, orientation: .y)
        }
    }

    @Test func zeroFontSizeLeavesTheLocatorAtNineBins() throws {
        let space = try AxisTicker.tickSpace(axisLengthPoints: 100, fontSizePoints: 0, orientation: .x)
        #expect(MaxNLocator.auto.binCount(tickSpace: space) == 9)
    }

    @Test func shortAxesStillGetTwoTicks() throws {
        let ticks = try AxisTicker().ticks(
            viewMin: 0, viewMax: 1, axisLengthPoints: 0, fontSizePoints: 10, orientation: .x)
        #expect(ticks.values == [0, 1])
        #expect(ticks.labels == ["0", "1"])
    }

    @Test func invalidLocatorParametersAreRejected() {
        #expect(throws: TickError.invalidBinCount(0)) { try MaxNLocator(bins: .fixed(0)) }
        #expect(throws: TickError.invalidSteps([])) { try MaxNLocator(steps: []) }
        #expect(throws: TickError.invalidSteps([2, 1])) { try MaxNLocator(steps: [2, 1]) }
        #expect(throws: TickError.invalidSteps([1, 20])) { try MaxNLocator(steps: [1, 20]) }
    }

    @Test func stepsGainOneAndTen() throws {
        #expect(try MaxNLocator(steps: [2, 5]).steps == [1, 2, 5, 10])
        #expect(MaxNLocator.auto.extendedSteps == [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20])
    }

    @Test func errorsExplainThemselves() {
        #expect(TickError.invalidBinCount(0).description.contains("at least 1 bin"))
        #expect(TickError.nonFiniteViewLimits(.nan, 1).description.contains("finite"))
    }

    @Test func locatorFallsBackLikeMatplotlibOnNonFiniteInput() {
        let ticks = MaxNLocator.auto.tickValues(vmin: .nan, vmax: 1)
        #expect(ticks.count >= 2)
        #expect(ticks.allSatisfy { abs($0) <= 1e-12 })
    }
}
