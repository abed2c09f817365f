import Testing
@testable import Plot

/// Every range of ticks_axis.json on both axes of both figure sizes, against real matplotlib.
@Suite struct TicksAxisFixtureTests {
    static let fixture = try! TickFixtures.load("ticks_axis.json", as: AxisTickFixture.self)

    struct Sample: CustomTestStringConvertible {
        let figure: AxisTickFixture.Figure
        let requested: [Double]
        let orientation: AxisOrientation
        let record: AxisTickFixture.AxisRecord
        var testDescription: String { "\(figure.figsize) \(orientation) \(requested)" }
    }

    static let samples: [Sample] = fixture.figures.flatMap { figure in
        figure.cases.flatMap { item in
            [Sample(figure: figure, requested: item.requested, orientation: .x, record: item.x),
             Sample(figure: figure, requested: item.requested, orientation: .y, record: item.y)]
        }
    }

    @Test func fixtureCoversEnoughRanges() {
        #expect(Self.fixture.matplotlib == "3.11.2")
        #expect(Self.fixture.figures.count == 2)
        #expect(Self.fixture.figures.allSatisfy { $0.cases.count >= 60 })
    }

    @Test(arguments: samples) func tickSpaceMatches(_ sample: Sample) throws {
        let space = try AxisTicker.tickSpace(
            axisLengthPoints: sample.record.axisLengthPoints, fontSizePoints: sample.figure.fontSizePoints,
            orientation: sample.orientation)
        #expect(space == sample.record.tickSpace)
    }

    @Test(arguments: samples) func setLimWidensLikeMatplotlib(_ sample: Sample) {
        let (low, high) = (sample.requested[0], sample.requested[1])
        let widened = Nonsingular.limits(low, high, expander: 0.05, increasing: false)
        #expect([widened.0, widened.1] == sample.record.view)
    }

    @Test(arguments: samples) func locatorGivesMatplotlibsLocations(_ sample: Sample) {
        let locs = MaxNLocator.auto.tickValues(
            vmin: sample.record.view[0], vmax: sample.record.view[1], tickSpace: sample.record.tickSpace)
        #expect(locs == sample.record.locs)
    }

    @Test(arguments: samples) func formatterGivesMatplotlibsLabels(_ sample: Sample) {
        let text = ScalarFormatter().format(
            sample.record.locs, viewMin: sample.record.view[0], viewMax: sample.record.view[1])
        #expect(text.labels == sample.record.labels)
        #expect(text.offsetText == sample.record.offsetText)
    }

    @Test(arguments: samples) func tickerGivesTheDrawnTicks(_ sample: Sample) throws {
        let ticks = try AxisTicker().ticks(
            viewMin: sample.record.view[0], viewMax: sample.record.view[1],
            axisLengthPoints: sample.record.axisLengthPoints, fontSizePoints: sample.figure.fontSizePoints,
            orientation: sample.orientation)
        #expect(ticks.values == sample.record.visibleLocs)
        #expect(ticks.labels == sample.record.visibleLabels)
        #expect(ticks.offsetText == sample.record.offsetText)
    }
}
