import Testing
@testable import Stats

@Suite struct HistogramNumpyTests {
    @Test func fixturesLoaded() {
        #expect(HistogramDataset.all.count >= 19)
    }

    @Test(arguments: HistogramDataset.all)
    func edgesCountsAndDensityMatchNumpy(_ dataset: HistogramDataset) throws {
        let data = try dataset.data()
        for fixture in dataset.cases {
            let label = "\(dataset.name) \(fixture.bins) range \(String(describing: fixture.range))"
            let bins = try fixture.bins.bins()
            let weights = try fixture.weightValues(count: data.count)
            let histogram = try Histogram(data: data, bins: bins, range: fixture.closedRange, weights: weights)
            #expect(histogram.counts.count == fixture.bin_count, "\(label)")

            if let edges = fixture.edges {
                #expect(firstBitwiseMismatch(histogram.edges, edges) == nil, "\(label): edges")
                let edgesOnly = try HistogramBins.edges(for: data, bins: bins, range: fixture.closedRange, weights: weights)
                #expect(edgesOnly == histogram.edges, "\(label)")
            }
            for sample in fixture.edge_samples ?? [] {
                let index = Int(sample[0])
                #expect(histogram.edges[index].bitPattern == sample[1].bitPattern, "\(label): edge \(index)")
            }

            if weights != nil && fixture.bins.describesExplicitEdges {
                // numpy sums weights through sorted cumulative sums here: equal up to rounding.
                for (actual, expected) in zip(histogram.counts, fixture.counts) {
                    #expect(abs(actual - expected) <= 1e-12 * max(1, abs(expected)), "\(label): weighted counts")
                }
                continue
            }
            #expect(firstBitwiseMismatch(histogram.counts, fixture.counts) == nil, "\(label): counts")
            if let density = fixture.density {
                let heights = try histogram.heights(stat: .density)
                #expect(firstBitwiseMismatch(heights, density) == nil, "\(label): density")
            } else if fixture.edges != nil {
                #expect(throws: HistogramError.noValuesInRange, "\(label)") { try histogram.heights(stat: .density) }
            }
        }
    }
}
