import Foundation
import Testing
@testable import Plot

/// Log-axis ticks: bad input gets a typed error, documented examples hold, and the ticks keep their
/// invariants over a sweep of views.
@Suite struct TicksLogInputTests {
    @Test(arguments: [(0.0, 10.0), (-1.0, 10.0), (Double.nan, 1.0), (1.0, .infinity), (5.0, -5.0)])
    func nonPositiveOrNonFiniteLimitsAreRejected(_ limits: (Double, Double)) {
        let error = #expect(throws: TickError.self) {
            try LogAxisTicker().ticks(
                viewMin: limits.0, viewMax: limits.1, axisLengthPoints: 300, fontSizePoints: 10, orientation: .x)
        }
        guard case .nonPositiveLogLimits? = error else {
            Issue.record("expected nonPositiveLogLimits, got \(String(describing: error))")
            return
        }
        #expect(throws: TickError.self) { try LogLocator.minor.tickValues(vmin: limits.0, vmax: limits.1) }
        #expect(error?.description.contains("positive") == true)
    }

    @Test func badAxisLengthIsRejected() {
        #expect(throws: TickError.invalidAxisLength(-3)) {
            try LogAxisTicker().ticks(viewMin: 1, viewMax: 10, axisLengthPoints: -3, fontSizePoints: 10, orientation: .y)
        }
    }

    @Test func overflowErrorSaysWhatToChange() {
        #expect(TickError.logTickOverflow(1e-300, 1e300).description.contains("too wide"))
    }

    @Test func nonsingularFallsBackLikeMatplotlib() {
        #expect(LogLocator.nonsingular(.nan, 5, minPositive: 1) == (1, 10))
        #expect(LogLocator.nonsingular(-.infinity, .infinity, minPositive: 1) == (1, 10))
        #expect(LogLocator.nonsingular(-3, 0, minPositive: 1) == (1, 10))
        #expect(LogLocator.nonsingular(0, 20, minPositive: 0.5) == (0.5, 20))
        #expect(LogLocator.nonsingular(-1, 20, minPositive: .infinity) == (1e-300, 20))
        #expect(LogLocator.nonsingular(20, 0, minPositive: 0.5) == (0.5, 20))
        #expect(LogLocator.nonsingular(3, 3, minPositive: 3) == (1, 10))
        #expect(LogLocator.nonsingular(10, 10, minPositive: 10) == (1, 100))
        #expect(LogLocator.nonsingular(0, 0.5, minPositive: 0.5) == (0.1, 1))
    }

    @Test func limitRangeClipsEachNonPositiveEnd() {
        #expect(LogScaleLimits.limitRange(vmin: -2, vmax: 50, minPositive: 0.5) == (0.5, 50))
        #expect(LogScaleLimits.limitRange(vmin: 50, vmax: 0, minPositive: 0.5) == (50, 0.5))
        #expect(LogScaleLimits.limitRange(vmin: 0, vmax: 0, minPositive: .infinity) == (1e-300, 1e-300))
        #expect(LogScaleLimits.limitRange(vmin: 2, vmax: 3, minPositive: 0.5) == (2, 3))
    }

    @Test func documentedExamplesHold() throws {
        #expect(try LogLocator.major.tickValues(vmin: 0.07, vmax: 30, tickSpace: 11) == [0.01, 0.1, 1, 10, 100])
        let labels = LogFormatterSciNotation().labels(for: [0.6, 1, 2, 5], viewMin: 0.5, viewMax: 5)
        #expect(labels.map { $0?.plainText } == ["6×10⁻¹", "10⁰", "2×10⁰", nil])
        let ticks = try LogAxisTicker().ticks(
            viewMin: 0.5, viewMax: 5, axisLengthPoints: 357.12, fontSizePoints: 10, orientation: .x)
        #expect(ticks.major.map(\.value) == [1])
        #expect(ticks.minor.compactMap { $0.label?.plainText } == ["6×10⁻¹", "2×10⁰", "3×10⁰", "4×10⁰"])
    }

    @Test func ticksKeepTheirInvariantsOverManyViews() throws {
        for lowExponent in stride(from: -15.0, through: 15.0, by: 0.73) {
            for span in [0.01, 0.3, 0.9, 1.0, 2.5, 7.7, 12.0, 40.0] {
                let (low, high) = (pow(10, lowExponent), pow(10, lowExponent + span))
                for orientation in AxisOrientation.allCases {
                    let ticks = try LogAxisTicker().ticks(
                        viewMin: high, viewMax: low, axisLengthPoints: 300, fontSizePoints: 10, orientation: orientation)
                    let tolerance = (log10(high) - log10(low)) * 1e-10
                    for group in [ticks.major, ticks.minor] {
                        #expect(zip(group, group.dropFirst()).allSatisfy { $0.value < $1.value })
                        #expect(group.allSatisfy {
                            log10($0.value) >= log10(low) - tolerance && log10($0.value) <= log10(high) + tolerance
                        })
                    }
                    #expect(ticks.major.allSatisfy { $0.label?.coefficient == nil && $0.label != nil })
                    #expect(Set(ticks.major.map(\.value)).isDisjoint(with: ticks.minor.map(\.value)))
                    #expect(ticks.major.count <= 9 + 2)
                }
            }
        }
    }
}
