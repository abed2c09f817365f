import Testing
@testable import Stats

@Suite struct HistogramErrorTests {
    private let data: [Double] = [1, 2, 2.5, 3, 7]

    @Test func badDataIsRejected() {
        #expect(throws: HistogramError.data(.empty)) { try Histogram(data: []) }
        #expect(throws: HistogramError.nonFiniteData(count: 2)) { try Histogram(data: [1, .nan, .infinity]) }
        #expect(throws: HistogramError.rangeOverflow(lower: -1e308, upper: 1e308)) {
            try Histogram(data: [-1e308, 0, 1e308])
        }
    }

    @Test func badBinsAreRejected() {
        #expect(throws: HistogramError.nonPositiveBinCount(0)) { try Histogram(data: data, bins: .count(0)) }
        #expect(throws: HistogramError.invalidBinWidth(-1)) { try Histogram(data: data, bins: .width(-1)) }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .width(.nan)) }
        #expect(throws: HistogramError.binWidthBelowResolution(width: 1e-20, start: 1)) {
            try Histogram(data: data, bins: .width(1e-20))
        }
        #expect(throws: HistogramError.tooManyBins(requested: 1e9, limit: HistogramBins.maximumBinCount)) {
            try Histogram(data: data, bins: .count(1_000_000_000))
        }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .width(1e-9)) }
        #expect(throws: HistogramError.invalidEdges("1 edge given; at least 2 are needed")) {
            try Histogram(data: data, bins: .edges([1]))
        }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .edges([3, 1])) }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .edges([0, .infinity])) }
        #expect(throws: HistogramError.binsTooNarrowForRange(count: 10, lower: 1e16, upper: 1e16 + 2)) {
            try Histogram(data: [1e16, 1e16 + 2], bins: .count(10))
        }
    }

    /// From 2^53 on, ±0.5 rounds back to the value; the neighbouring doubles
    /// bound the one bin instead, up to the largest double.
    @Test(arguments: [1.6e18, -1.6e18, 0x1p53, .greatestFiniteMagnitude, -.greatestFiniteMagnitude])
    func constantDataOfAnyMagnitudeGetsOneBin(value: Double) throws {
        let histogram = try Histogram(data: [value, value, value])
        #expect(histogram.counts == [3])
        #expect(histogram.edges[0] < histogram.edges[1])
        #expect(histogram.edges[0] <= value && value <= histogram.edges[1])
        #expect(try histogram.heights(stat: .density).allSatisfy(\.isFinite))
    }

    @Test func absurdRuleBinCountsAreRejected() {
        // fd on data with a tiny IQR and a huge outlier asks for ~1e12 bins.
        let data = Array(repeating: 0.0, count: 50) + (0..<50).map { Double($0) * 1e-9 } + [1e6]
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .rule(.fd)) }
        #expect(throws: Never.self) { try Histogram(data: data, bins: .rule(.auto)) }
    }

    @Test func badRangesAndWeightsAreRejected() {
        #expect(throws: HistogramError.nonFiniteRange(lower: 0, upper: .infinity)) {
            try Histogram(data: data, range: 0 ... .infinity)
        }
        #expect(throws: HistogramError.data(.lengthMismatch(name: "weights", expected: 5, actual: 2))) {
            try Histogram(data: data, bins: .count(3), weights: [1, 2])
        }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .count(3), weights: [1, 1, -1, 1, 1]) }
        #expect(throws: HistogramError.self) { try Histogram(data: data, bins: .count(3), weights: [0, 0, 0, 0, 0]) }
        #expect(throws: HistogramError.weightsNeedExplicitBins(.auto)) {
            try Histogram(data: data, weights: [1, 1, 1, 1, 1])
        }
    }

    @Test func emptyRangeCannotBeNormalised() throws {
        let histogram = try Histogram(data: data, bins: .count(4), range: 10...20)
        #expect(histogram.counts == [0, 0, 0, 0])
        #expect(throws: HistogramError.noValuesInRange) { try histogram.heights(stat: .density) }
        #expect(try histogram.heights(stat: .frequency) == [0, 0, 0, 0])
    }

    @Test func integerRuleRaisesWidthsBelowOne() throws {
        // numpy: x = np.arange(5000) % 7; histogram_bin_edges(x.astype(float), "fd") has 13 bins,
        // histogram_bin_edges(x, "fd") (integer dtype) has 6.
        let integers = (0..<5000).map { Double($0 % 7) }
        let plain = try HistogramBins.edges(for: integers, bins: .rule(.fd))
        let integer = try HistogramBins.edges(for: integers, bins: .rule(.fd), integerData: true)
        #expect(plain.count - 1 == 13)
        #expect(integer.count - 1 == 6)
    }

    @Test func messagesSayWhatToDo() {
        #expect(HistogramError.weightsNeedExplicitBins(.auto).description.contains("bin count"))
        #expect(HistogramError.tooManyBins(requested: 1e12, limit: 10).description.contains("limit"))
    }
}
