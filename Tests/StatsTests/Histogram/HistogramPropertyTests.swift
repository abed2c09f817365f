import PropertyBased
import Testing
@testable import Stats

@Suite struct HistogramPropertyTests {
    private static let samples = Gen.double(in: -1000...1000).array(of: 1...300)
    private static let rules = Gen<BinRule>.case

    @Test func countsSumToTheNumberOfValues() async {
        await propertyCheck(input: Self.samples, Self.rules) { values, rule in
            let histogram = try Histogram(data: values, bins: .rule(rule))
            #expect(histogram.total == Double(values.count))
        }
    }

    @Test func edgesStrictlyIncreaseAndSpanTheData() async {
        await propertyCheck(input: Self.samples, Self.rules) { values, rule in
            let edges = try HistogramBins.edges(for: values, bins: .rule(rule))
            #expect(edges.count >= 2)
            #expect(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 })
            #expect(edges.first! <= values.min()! && edges.last! >= values.max()!)
        }
    }

    @Test func densityIntegratesToOne() async {
        await propertyCheck(input: Self.samples, Gen.int(in: 1...200)) { values, count in
            let histogram = try Histogram(data: values, bins: .count(count))
            let area = zip(try histogram.heights(stat: .density), histogram.binWidths).reduce(0) { $0 + $1.0 * $1.1 }
            #expect(abs(area - 1) < 1e-9)
            let cumulative = try histogram.heights(stat: .probability, cumulative: true)
            #expect(abs(cumulative.last! - 1) < 1e-9)
        }
    }

    @Test func rangeCountsOnlyValuesInside() async {
        await propertyCheck(input: Self.samples, Gen.double(in: -500...0), Gen.double(in: 0...500)) { values, low, high in
            let histogram = try Histogram(data: values, bins: .count(17), range: low...high)
            let inside = values.filter { $0 >= low && $0 <= high }.count
            #expect(histogram.total == Double(inside))
        }
    }

    @Test func selectionAgreesWithSorting() async {
        await propertyCheck(input: Gen.int(in: -5...5).array(of: 1...400), Gen.double(in: 0...100)) { integers, p in
            let values = integers.map(Double.init)
            let sorted = values.sorted()
            let position = Double(values.count - 1) * (p / 100)
            let low = Int(position.rounded(.down))
            let high = min(low + 1, values.count - 1)
            let expected = Summary.numpyLerp(sorted[low], sorted[high], position - position.rounded(.down))
            let actual = try Summary.percentile(values, p)
            #expect(actual == expected)
        }
    }
}
