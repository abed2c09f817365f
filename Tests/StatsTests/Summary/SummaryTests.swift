import Foundation
import Testing
@testable import Stats

private struct SummaryFixture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let values: [Double]?
    let recipe: DataRecipe?
    let sum, mean, var0, std0, min, max, ptp, iqr: Double
    let var1, std1: Double?
    let percentiles: [Double]

    var testDescription: String { name }

    func data() throws -> [Double] {
        if let values { return values }
        return try #require(recipe).values()
    }
}

private struct SummaryFixtures: Decodable {
    let percentiles: [Double]
    let datasets: [SummaryFixture]
    static let all = NumpyFixtures.load(SummaryFixtures.self, from: "numpy_summary.json")
}

@Suite struct SummaryTests {
    @Test func fixturesLoaded() {
        #expect(SummaryFixtures.all.datasets.count >= 15)
    }

    @Test(arguments: SummaryFixtures.all.datasets)
    fileprivate func matchesNumpyBitForBit(_ expected: SummaryFixture) throws {
        let data = try expected.data()
        #expect(try Summary.sum(data) == expected.sum)
        #expect(try Summary.mean(data) == expected.mean)
        #expect(try Summary.variance(data) == expected.var0)
        #expect(try Summary.standardDeviation(data) == expected.std0)
        if let var1 = expected.var1, let std1 = expected.std1 {
            #expect(try Summary.variance(data, ddof: 1) == var1)
            #expect(try Summary.standardDeviation(data, ddof: 1) == std1)
        }
        let extrema = try Summary.extrema(data)
        #expect(extrema.minimum == expected.min)
        #expect(extrema.maximum == expected.max)
        #expect(extrema.peakToPeak == expected.ptp)
        let ps = SummaryFixtures.all.percentiles
        #expect(try Summary.percentiles(data, ps) == expected.percentiles)
        #expect(try Summary.percentile(data, ps[3]) == expected.percentiles[3])
        #expect(try Summary.interquartileRange(data) == expected.iqr)
    }

    /// Named data sets; the tests take the names as arguments so that test
    /// logs show a name, not tens of thousands of values.
    private static let selectionCases: [String: [Double]] = {
        let wide: [Double] = (0..<50_000).map { i in
            let sign: Double = i % 2 == 0 ? 1 : -1
            return sign * exp(Double(i % 1000) / 20 - 25)
        }
        let ties: [Double] = (0..<20_000).map { Double($0 % 3) }
        let constant = [Double](repeating: -2.75, count: 5_000)
        let extremes: [Double] = [0.0, -0.0, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude]
        return [
            "wide magnitudes": wide, "heavy ties": ties, "constant": constant,
            "signed zeros and extremes": extremes + (0..<1_000).map(Double.init),
        ]
    }()

    @Test(arguments: ["wide magnitudes", "heavy ties", "constant", "signed zeros and extremes"])
    func radixSelectionAgreesWithSorting(_ name: String) throws {
        let values = try #require(Self.selectionCases[name])
        let sorted = values.sorted()
        let ranks = [0, 1, values.count / 4, values.count / 4 + 1, values.count / 2, values.count - 2, values.count - 1]
        let selected = values.withUnsafeBufferPointer { OrderStatistics.values(atRanks: ranks, in: $0) }
        #expect(selected == ranks.map { sorted[$0] }, "\(name)")
    }

    @Test func lerpIsTwoSidedAsNumpy() {
        // Below t = 0.5 numpy interpolates from a, from 0.5 on it goes back from b.
        #expect(Summary.numpyLerp(0.1, 0.7, 0.25) == 0.1 + (0.7 - 0.1) * 0.25)
        #expect(Summary.numpyLerp(0.1, 0.7, 0.75) == 0.7 - (0.7 - 0.1) * (1 - 0.75))
    }

    @Test func badInputThrows() {
        #expect(throws: SummaryError.data(.empty)) { try Summary.mean([]) }
        #expect(throws: SummaryError.nonFiniteValues(count: 2)) { try Summary.mean([1, .nan, .infinity]) }
        #expect(throws: SummaryError.nonFiniteValues(count: 1)) { try Summary.extrema([1, .nan]) }
        #expect(throws: SummaryError.data(.tooFewValues(count: 1, required: 2))) { try Summary.variance([3], ddof: 1) }
        #expect(throws: SummaryError.percentileOutOfRange(101)) { try Summary.percentile([1, 2], 101) }
        #expect(throws: SummaryError.percentileOutOfRange(-1)) { try Summary.percentiles([1, 2], [50, -1]) }
        #expect(SummaryError.nonFiniteValues(count: 2).description.contains("FiniteSample"))
    }
}
