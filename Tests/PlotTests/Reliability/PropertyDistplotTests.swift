import PropertyBased
import Plot
import Stats
import Testing

/// `distplot` on random data with NaN and infinities mixed in: every value
/// is either used or counted as dropped, the histogram counts the values
/// used, and nothing drawn is infinite.
@Suite struct PropertyDistplotTests {
    private static let nonFinite: [Double] = [.nan, .infinity, -.infinity]

    @Test func everyValueIsUsedOrDroppedAndTheBarsAreFinite() async {
        await propertyCheck(
            input: Gen.double(in: -1e6...1e6).array(of: 1...120), Gen.int(in: 0...1000).array(of: 0...12)
        ) { values, spoilers in
            var data = values
            for spoiler in spoilers {
                data[spoiler % data.count] = Self.nonFinite[spoiler % Self.nonFinite.count]
            }
            let finite = data.filter(\.isFinite)
            let axes = Figure().addAxes()
            guard !finite.isEmpty else {
                #expect(throws: DataError.empty) { try axes.distplot(data, rug: true) }
                return
            }
            let result = try axes.distplot(data, rug: true)
            #expect(result.n == finite.count)
            #expect(result.n + result.dropped == data.count)
            let histogram = try #require(result.histogram)
            #expect(histogram.total == Double(result.n), "the histogram counts the values used")
            #expect(zip(histogram.edges, histogram.edges.dropFirst()).allSatisfy { $0 < $1 })
            #expect(result.heights?.allSatisfy { $0.isFinite && $0 >= 0 } == true)
            if let kde = result.kde {
                #expect(kde.density.allSatisfy { $0.isFinite && $0 >= 0 })
            } else {
                #expect(Set(finite).count == 1, "only data without spread skip the curve")
            }
        }
    }
}
