import Testing
@testable import Stats

private struct SeabornFixtures: Decodable {
    struct Case: Decodable, Sendable {
        let data: String
        let bins: HistogramDataset.BinSpec
        let stat: String
        let cumulative: Bool
        let edges: [Double]
        let heights: [Double]
    }
    let data: [String: [Double]]
    let cases: [Case]

    static let all = NumpyFixtures.load(SeabornFixtures.self, from: "histogram_seaborn.json")
}

@Suite struct HistogramSeabornTests {
    @Test func heightsMatchSeabornHistogram() throws {
        let fixtures = SeabornFixtures.all
        #expect(fixtures.cases.count == 60)
        for fixture in fixtures.cases {
            let label = "\(fixture.data) \(fixture.bins) \(fixture.stat) cumulative \(fixture.cumulative)"
            let data = try #require(fixtures.data[fixture.data])
            let stat = try #require(HistogramStat(rawValue: fixture.stat))
            let histogram = try Histogram(data: data, bins: try fixture.bins.bins())
            #expect(firstBitwiseMismatch(histogram.edges, fixture.edges) == nil, "\(label): edges")
            let heights = try histogram.heights(stat: stat, cumulative: fixture.cumulative)
            #expect(firstBitwiseMismatch(heights, fixture.heights) == nil, "\(label): heights")
        }
    }

    @Test func proportionIsProbability() throws {
        let histogram = try Histogram(data: [1, 2, 2, 3, 7], bins: .count(3))
        #expect(try histogram.heights(stat: .proportion) == histogram.heights(stat: .probability))
    }
}
