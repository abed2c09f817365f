import Foundation
import PropertyBased
import Testing

@testable import Stats

/// Histograms and KDEs of random data at every magnitude a double holds
/// (1e-320 to 1e308): each either gives sound numbers or refuses with its
/// typed error — never an infinite height, a NaN edge or a crash.
@Suite struct PropertyMagnitudeTests {
    /// Values in [-1, 1], scaled by 10^exponent.
    private static let mantissas = Gen.double(in: -1...1).array(of: 1...80)
    private static let exponents = Gen.int(in: -320...308)

    private static func scaled(_ mantissas: [Double], _ exponent: Int) -> [Double] {
        let scale = pow(10, Double(exponent))
        return mantissas.map { $0 * scale }.filter(\.isFinite)
    }

    @Test func histogramsAreSoundOrRefused() async {
        await propertyCheck(input: Self.mantissas, Self.exponents, Gen<BinRule>.case) { mantissas, exponent, rule in
            let values = Self.scaled(mantissas, exponent)
            guard !values.isEmpty else { return }
            let histogram: Histogram
            do {
                histogram = try Histogram(data: values, bins: .rule(rule))
            } catch {
                #expect(error is HistogramError && !"\(error)".isEmpty)
                return
            }
            #expect(histogram.total == Double(values.count), "counts sum to the values used")
            #expect(histogram.edges.allSatisfy { $0.isFinite })
            #expect(zip(histogram.edges, histogram.edges.dropFirst()).allSatisfy { $0 < $1 }, "edges strictly increase")
            for stat in HistogramStat.allCases {
                do {
                    let heights = try histogram.heights(stat: stat)
                    #expect(heights.allSatisfy { $0.isFinite && $0 >= 0 }, "\(stat) heights are finite")
                } catch {
                    // Only dividing by a subnormal-scale width can overflow.
                    guard case .binsTooNarrowForHeights(let failed, let width) = error as? HistogramError else {
                        Issue.record("\(stat): unexpected \(error)")
                        continue
                    }
                    #expect(failed == stat && width < 1e-300, "\(error)")
                }
            }
        }
    }

    @Test func weightedCountsSumToTheWeights() async {
        await propertyCheck(input: Gen.double(in: -100...100).array(of: 1...60), Gen.int(in: 1...40)) { values, count in
            let weights = values.indices.map { Double($0 % 5) + 0.5 }
            let histogram = try Histogram(data: values, bins: .count(count), weights: weights)
            let expected = weights.reduce(0, +)
            #expect(abs(histogram.total - expected) <= 1e-12 * expected)
        }
    }

    /// Where a double can hold the variance, the density is finite, non-negative
    /// and integrates to 1 (trapezoid over a grid 8 bandwidths past the data);
    /// elsewhere the estimator names the spread as the problem.
    @Test func densitiesIntegrateToOneOrTheSpreadIsNamed() async {
        await propertyCheck(input: Self.mantissas, Self.exponents) { mantissas, exponent in
            let values = Self.scaled(mantissas, exponent)
            guard !values.isEmpty, let low = values.min(), let high = values.max() else { return }
            let kde: GaussianKDE
            do {
                kde = try GaussianKDE(data: values)
            } catch let error as KDEError {
                switch error {
                case .singularData: #expect(Set(values).count == 1)
                case .varianceOverflow: #expect(high - low > 1e150)
                case .varianceUnderflow: #expect(high - low < 1e-150)
                default: Issue.record("unexpected \(error)")
                }
                return
            }
            let grid = try kde.supportGrid(cut: 8, gridsize: 2000)
            let density = kde.density(at: grid, method: .exact)
            #expect(density.allSatisfy { $0.isFinite && $0 >= 0 })
            var integral = 0.0
            for index in 1..<grid.count {
                integral += (grid[index] - grid[index - 1]) * (density[index] + density[index - 1]) / 2
            }
            #expect(abs(integral - 1) < 1e-3, "∫ density = \(integral) for values spanning [\(low), \(high)]")
        }
    }
}
