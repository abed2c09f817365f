import Foundation
import Testing
import Stats
import VI

/// Prints timings of the hot paths (no assertions: timings depend on the
/// machine). Run in release: `swift test -c release --filter PerformanceReport`.
@Suite struct PerformanceReport {
    private func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    @Test func sviAndExactTimings() throws {
        let target = try LaplaceMixtureTarget.notebook()
        let start = try Gaussian(mu: 10, sigma: 1)
        let svi = SVI(steps: 2000, samplesPerStep: 10, seed: 1)
        var outcome: OptimizationOutcome?
        let sviTimes = try (0..<20).map { _ in try milliseconds { outcome = try svi.run(target, from: start) } }
        let vi = VariationalInference(target: target)
        let exactTimes = try (0..<5).map { _ in try milliseconds { _ = try vi.exactELBO.evaluate(start) } }
        let fitTimes = try (0..<3).map { _ in try milliseconds { _ = try BFGS().maximize(from: start.unconstrainedParameters) { theta throws(VIError) in
            try vi.exactELBO.evaluate(try Gaussian(unconstrainedParameters: theta))
        } } }
        let multistartTime = try milliseconds { _ = try vi.multistart(Multistart.gaussianStarts(for: target)) }
        print("SVI 2000×10 (ms): min \(sviTimes.min() ?? .nan) median \(sviTimes.sorted()[sviTimes.count / 2])")
        print("exact ELBO+gradient (ms): \(exactTimes.min() ?? .nan); BFGS fit from (10, 1) (ms): \(fitTimes.min() ?? .nan)")
        print("multistart, 65 starts, with checks (ms): \(multistartTime)")
        #expect(outcome?.iterations == 2000)
    }
}
