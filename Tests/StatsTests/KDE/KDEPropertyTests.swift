import PropertyBased
import Testing

@testable import Stats

/// Properties every fitted estimate has, on random data.
@Suite("GaussianKDE properties")
struct KDEPropertyTests {
    static let samples = Gen.double(in: -50...50).array(of: 2...60)

    @Test func gridIncreasesAndDensityIsNonNegative() async {
        await propertyCheck(input: Self.samples) { data in
            guard let kde = try? GaussianKDE(data: data) else {
                #expect(Set(data).count == 1)
                return
            }
            let grid = try #require(try? kde.supportGrid())
            #expect(grid.count == 200)
            #expect(zip(grid, grid.dropFirst()).allSatisfy { $0 < $1 })
            #expect(kde.density(at: grid, method: .exact).allSatisfy { $0 >= 0 })
            #expect(kde.density(at: grid, method: .binned).allSatisfy { $0 >= 0 })
        }
    }

    /// Over a grid reaching 8 bandwidths past the data the trapezoid rule gives 1.
    @Test func densityIntegratesToOne() async {
        await propertyCheck(input: Self.samples) { data in
            guard let kde = try? GaussianKDE(data: data) else { return }
            let grid = try #require(try? kde.supportGrid(cut: 8, gridsize: 4000))
            let density = kde.density(at: grid, method: .exact)
            var integral = 0.0
            for index in 1..<grid.count {
                integral += (grid[index] - grid[index - 1]) * (density[index] + density[index - 1]) / 2
            }
            #expect(abs(integral - 1) < 1e-4)
        }
    }

    @Test func cumulativeRisesFromZeroToOne() async {
        await propertyCheck(input: Self.samples) { data in
            guard let kde = try? GaussianKDE(data: data) else { return }
            let grid = try #require(try? kde.supportGrid(cut: 8))
            let cumulative = kde.cumulative(at: grid, from: grid[0])
            #expect(cumulative[0] == 0)
            #expect(zip(cumulative, cumulative.dropFirst()).allSatisfy { $0 <= $1 + 1e-15 })
            #expect(abs(cumulative[cumulative.count - 1] - 1) < 1e-9)
        }
    }

    /// Shifting the data shifts the curve; the bandwidth is unchanged up to rounding.
    @Test func estimateIsShiftEquivariant() async {
        await propertyCheck(input: Self.samples, Gen.double(in: -20...20)) { data, shift in
            guard let kde = try? GaussianKDE(data: data),
                  let shifted = try? GaussianKDE(data: data.map { $0 + shift })
            else { return }
            #expect(abs(kde.bandwidth - shifted.bandwidth) <= 1e-9 * kde.bandwidth)
            let points = [data[0], data[data.count - 1], (data[0] + data[1]) / 2]
            let a = kde.density(at: points, method: .exact)
            let b = shifted.density(at: points.map { $0 + shift }, method: .exact)
            let peak = a.max() ?? 1
            #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-7 * peak })
        }
    }
}
