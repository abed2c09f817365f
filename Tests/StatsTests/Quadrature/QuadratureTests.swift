import Foundation
import Testing
@testable import Stats

@Suite struct QuadratureTests {
    /// The Kronrod rule integrates x^30 exactly on one interval and its Gauss
    /// nodes and weights are Gauss–Legendre's (weights sum to 2).
    @Test func ruleExactness() throws {
        let (value, _) = try GaussKronrod21.apply({ (x: Double) throws(QuadratureError) -> Double in pow(x, 30) }, from: 0, to: 1)
        #expect(abs(value - 1.0 / 31) < 1e-15)
        let kronrodSum = 2 * GaussKronrod21.kronrodWeights.dropLast().reduce(0, +) + GaussKronrod21.kronrodWeights[10]
        #expect(abs(kronrodSum - 2) < 1e-15)
        #expect(abs(2 * GaussKronrod21.gaussWeights.reduce(0, +) - 2) < 1e-15)
        // Legendre P10 vanishes at the Gauss nodes.
        for index in stride(from: 1, to: 10, by: 2) {
            let x = GaussKronrod21.nodes[index]
            var (p0, p1) = (1.0, x)
            for n in 1..<10 { (p0, p1) = (p1, (Double(2 * n + 1) * x * p1 - Double(n) * p0) / Double(n + 1)) }
            #expect(abs(p1) < 1e-14)
        }
    }

    @Test func laplaceOverTheLineWithBreakPoint() throws {
        let result = try AdaptiveQuadrature.integrate({ exp(-abs($0 - 3)) }, from: -.infinity, to: .infinity, breakPoints: [3])
        #expect(abs(result.value - 2) < 1e-12)
        #expect(result.errorEstimate <= 2e-10)
        #expect(result.evaluations > 0 && result.evaluations % 21 == 0)
    }

    @Test func kinkWithoutBreakPointNeedsMoreWorkButConverges() throws {
        let withBreak = try AdaptiveQuadrature.integrate({ exp(-abs($0 - 0.3)) }, from: -5, to: 5, breakPoints: [0.3])
        let without = try AdaptiveQuadrature.integrate({ exp(-abs($0 - 0.3)) }, from: -5, to: 5)
        let exact = 2 - exp(-5.3) - exp(-4.7)
        #expect(abs(withBreak.value - exact) < 1e-13)
        #expect(abs(without.value - exact) < 1e-9)
        #expect(withBreak.evaluations < without.evaluations)
    }

    @Test func semiInfiniteRanges() throws {
        let upper = try AdaptiveQuadrature.integrate({ 1 / ($0 * $0) }, from: 1, to: .infinity)
        #expect(abs(upper.value - 1) < 1e-10)
        let lower = try AdaptiveQuadrature.integrate({ exp($0) }, from: -.infinity, to: 0)
        #expect(abs(lower.value - 1) < 1e-10)
        let gaussian = try AdaptiveQuadrature.integrate({ exp(-0.5 * $0 * $0) }, from: -.infinity, to: .infinity)
        #expect(abs(gaussian.value - (2 * Double.pi).squareRoot()) < 1e-9)
    }

    @Test func vectorIntegrandSharesThePartition() throws {
        let vector = try AdaptiveQuadrature.integrate({ x in SIMD4(sin(x), cos(x), x * x, 1) }, from: 0, to: Double.pi)
        #expect(abs(vector.value.x - 2) < 1e-12)
        #expect(abs(vector.value.y) < 1e-12)
        #expect(abs(vector.value.z - pow(Double.pi, 3) / 3) < 1e-11)
        #expect(abs(vector.value.w - Double.pi) < 1e-13)
    }

    @Test func emptyIntervalIsZero() throws {
        let result = try AdaptiveQuadrature.integrate({ $0 }, from: 2, to: 2)
        #expect(result.value == 0 && result.evaluations == 0)
    }

    @Test func failuresAreTypedErrors() {
        #expect(throws: QuadratureError.invalidBounds(lower: 1, upper: 0)) {
            try AdaptiveQuadrature.integrate({ $0 }, from: 1, to: 0)
        }
        #expect(throws: QuadratureError.invalidTolerance(absolute: 0, relative: 0)) {
            try AdaptiveQuadrature.integrate({ $0 }, from: 0, to: 1, tolerance: .init(absolute: 0, relative: 0))
        }
        #expect(throws: QuadratureError.nonFiniteIntegrand(at: 0)) {
            try AdaptiveQuadrature.integrate({ log($0) }, from: -1, to: 1)
        }
        do {
            _ = try AdaptiveQuadrature.integrate({ pow($0, -0.99) }, from: 0, to: 1,
                                                 tolerance: .init(maxSubdivisions: 10))
            Issue.record("a near-singular integrand converged in 10 subdivisions")
        } catch {
            guard case .notConverged(_, _, let subdivisions) = error else {
                Issue.record("unexpected error \(error)"); return
            }
            #expect(subdivisions == 10)
            #expect(error.description.contains("maxSubdivisions"))
        }
    }
}
