import Foundation
import Testing
@testable import Plot

/// Every case of ticks_log_axis.json on both axes of every figure size, against real matplotlib.
@Suite struct TicksLogAxisFixtureTests {
    static let fixture = try! TickFixtures.load("ticks_log_axis.json", as: LogAxisFixture.self)

    struct Sample: CustomTestStringConvertible {
        let figure: LogAxisFixture.Figure
        let item: LogAxisFixture.Case
        let orientation: AxisOrientation
        let record: LogAxisFixture.AxisRecord
        var testDescription: String {
            "\(figure.figsize) \(orientation) \(item.requested ?? item.data ?? [])"
        }
    }

    static let samples: [Sample] = fixture.figures.flatMap { figure in
        figure.cases.flatMap { item -> [Sample] in
            guard let x = item.x, let y = item.y else { return [] }
            return [Sample(figure: figure, item: item, orientation: .x, record: x),
                    Sample(figure: figure, item: item, orientation: .y, record: y)]
        }
    }

    static let autoscaled = samples.filter { $0.item.data != nil }

    /// matplotlib computes major ticks as `10.0 ** np.array(decades)`, which numpy on this machine
    /// runs through AVX-512 code that is 1 ulp off the correctly rounded power for a few exponents
    /// (listed by the generator); everywhere else the values must be identical.
    static func sameMajorValue(_ ours: Double, _ theirs: Double) -> Bool {
        guard ours != theirs else { return true }
        guard theirs == ours.nextUp || theirs == ours.nextDown else { return false }
        let exponent = Int(log10(ours).rounded())
        return ours == PythonFloat.intPowerOfTen(exponent)
            && fixture.numpyPowerOfTenNotCorrectlyRounded.contains(exponent)
    }

    static func sameMajorValues(_ ours: [Double], _ theirs: [Double]) -> Bool {
        ours.count == theirs.count && zip(ours, theirs).allSatisfy(sameMajorValue)
    }

    @Test func fixtureCoversEnoughRanges() {
        #expect(Self.fixture.matplotlib == "3.11.2")
        #expect(Self.fixture.figures.count == 3)
        #expect(Self.fixture.figures.allSatisfy { $0.cases.count >= 40 })
        #expect(Self.fixture.figures.allSatisfy { $0.cases.contains(where: \.raises) })
        #expect(Self.autoscaled.count >= 24)
    }

    @Test(arguments: samples) func tickSpaceMatches(_ sample: Sample) throws {
        let space = try AxisTicker.tickSpace(
            axisLengthPoints: sample.record.axisLengthPoints, fontSizePoints: sample.figure.fontSizePoints,
            orientation: sample.orientation)
        #expect(space == sample.record.tickSpace)
    }

    @Test(arguments: samples.filter { $0.item.requested != nil })
    func setLimWidensAndClipsLikeMatplotlib(_ sample: Sample) throws {
        let requested = try #require(sample.item.requested)
        // No data on the axes: minpos is +inf.
        let widened = LogLocator.nonsingular(requested[0], requested[1], minPositive: .infinity)
        let limited = LogScaleLimits.limitRange(vmin: widened.0, vmax: widened.1, minPositive: .infinity)
        let view = requested[0] > requested[1] ? [limited.1, limited.0] : [limited.0, limited.1]
        #expect(view == sample.record.view)
    }

    @Test(arguments: autoscaled) func autoscaleLimitsMatch(_ sample: Sample) throws {
        let interval = try #require(sample.record.dataInterval)
        let minpos = try #require(sample.record.minpos)
        let widened = LogLocator.nonsingular(interval[0], interval[1], minPositive: minpos)
        #expect([widened.0, widened.1] == sample.record.nonsingular)
        let limited = LogScaleLimits.limitRange(vmin: widened.0, vmax: widened.1, minPositive: minpos)
        #expect([limited.0, limited.1] == sample.record.limited)
    }

    @Test(arguments: samples) func majorLocatorGivesMatplotlibsLocations(_ sample: Sample) throws {
        let locs = try LogLocator.major.tickValues(
            vmin: sample.record.view[0], vmax: sample.record.view[1], tickSpace: sample.record.tickSpace)
        #expect(Self.sameMajorValues(locs, sample.record.majorLocs), "\(locs) vs \(sample.record.majorLocs)")
    }

    @Test(arguments: samples) func minorLocatorGivesMatplotlibsLocations(_ sample: Sample) throws {
        let locs = try LogLocator.minor.tickValues(
            vmin: sample.record.view[0], vmax: sample.record.view[1], tickSpace: sample.record.tickSpace)
        #expect(locs == sample.record.minorLocs)
    }

    @Test(arguments: samples) func tickerGivesTheDrawnTicksAndLabels(_ sample: Sample) throws {
        let ticks = try LogAxisTicker().ticks(
            viewMin: sample.record.view[0], viewMax: sample.record.view[1],
            axisLengthPoints: sample.record.axisLengthPoints, fontSizePoints: sample.figure.fontSizePoints,
            orientation: sample.orientation)
        #expect(Self.sameMajorValues(ticks.major.map(\.value), sample.record.visibleMajor))
        #expect(ticks.major.map(\.mathtext) == sample.record.visibleMajorLabels)
        #expect(ticks.minor.map(\.value) == sample.record.visibleMinor)
        #expect(ticks.minor.map(\.mathtext) == sample.record.visibleMinorLabels)
        #expect(sample.record.minorMarksDrawn)
    }

    @Test func rangesWhereMatplotlibRaisesThrow() throws {
        for figure in Self.fixture.figures {
            let length = try #require(figure.cases.compactMap(\.x).first).axisLengthPoints
            for item in figure.cases where item.raises {
                let view = try #require(item.xView)
                #expect(throws: TickError.logTickOverflow(view[0], view[1])) {
                    try LogAxisTicker().ticks(
                        viewMin: view[0], viewMax: view[1], axisLengthPoints: length,
                        fontSizePoints: figure.fontSizePoints, orientation: .x)
                }
            }
        }
    }
}
