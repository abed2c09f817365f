import Foundation
import Stats
import Testing
@testable import Plot

/// What the distribution plots do with data a careful user may hand them:
/// one point, constant values, NaN and infinities, nothing at all, odd
/// weights and groups, a million points, absurd bins and bandwidths.
@Suite struct DistributionEdgeCaseTests {
    private func freshAxes() -> Axes {
        Figure().addAxes()
    }

    private func bars(_ axes: Axes) -> [BarsArtist] { axes.artists.compactMap { $0 as? BarsArtist } }
    private func lines(_ axes: Axes) -> [LineArtist] { axes.artists.compactMap { $0 as? LineArtist } }
    private func polygons(_ axes: Axes) -> [PolygonArtist] { axes.artists.compactMap { $0 as? PolygonArtist } }

    private func isKDESkip(_ warning: PlotWarning) -> Bool {
        if case .kdeSkipped = warning { return true }
        return false
    }

    // MARK: One point and constant data

    @Test(arguments: [[4.2], [3, 3, 3, 3, 3]])
    func distplotDrawsTheHistogramAndSkipsTheCurve(data: [Double]) throws {
        let figure = Figure()
        let axes = figure.addAxes()
        let result = try axes.distplot(data, rug: true)
        #expect(result.histogram?.counts.reduce(0, +) == Double(data.count))
        #expect(result.kde == nil)
        #expect(result.warnings.contains(where: isKDESkip))
        #expect(bars(axes).count == 1 && lines(axes).isEmpty)
        // The lone bar spans numpy's ±0.5 around the value, and the limits stay finite.
        let limits = axes.resolvedLimits()
        #expect(limits.x.contains(data[0] - 0.5) && limits.x.contains(data[0] + 0.5))
        #expect(limits.y.upperBound.isFinite && limits.y.upperBound > 0)
        #expect(try !figure.encoded(as: .png).isEmpty)
    }

    @Test(arguments: [[4.2], [3, 3, 3, 3, 3]])
    func histplotWithKDEOnConstantDataWarns(data: [Double]) throws {
        let axes = freshAxes()
        let result = try axes.histplot(data, kde: true)
        #expect(result.layers.first?.heights.reduce(0, +) == Double(data.count))
        #expect(result.layers.first?.kde == nil)
        #expect(result.warnings.contains(where: isKDESkip))
        #expect(lines(axes).isEmpty)
    }

    @Test(arguments: [[4.2], [3, 3, 3, 3, 3]])
    func kdeplotOfConstantDataDrawsNothingAndWarns(data: [Double]) throws {
        let axes = freshAxes()
        let result = try axes.kdeplot(data, fill: true)
        #expect(result.curves.isEmpty)
        #expect(result.warnings == [.kdeSkipped(reason: "\(data.count) value\(data.count == 1 ? "" : "s") with zero variance")])
        #expect(polygons(axes).isEmpty && lines(axes).isEmpty)
    }

    // MARK: NaN and infinities

    @Test func nonFiniteValuesAreDroppedAndCounted() throws {
        let data: [Double] = [0.1, .nan, 1.3, .infinity, -0.4, 2.2, -.infinity, 0.9]
        let finite = data.filter(\.isFinite)
        let axes = freshAxes()
        let result = try axes.distplot(data, rug: true)
        #expect(result.warnings.contains(.droppedNonFinite(count: 3)))
        #expect(result.n == finite.count && result.dropped == 3)
        let reference = try freshAxes().distplot(finite, rug: true)
        #expect(result.heights == reference.heights && result.kde == reference.kde)

        let hist = try freshAxes().histplot(data)
        #expect(hist.dropped == 3 && hist.warnings.contains(.droppedNonFinite(count: 3)))
        let kde = try freshAxes().kdeplot(data)
        #expect(kde.dropped == 3 && kde.warnings.contains(.droppedNonFinite(count: 3)))

        let rugAxes = freshAxes()
        let rug = rugAxes.rugplot(data)
        #expect(rug.segments.map(\.x0) == finite)
    }

    // MARK: Nothing to draw

    @Test(arguments: [[], [Double.nan, .nan], [Double.infinity, -.infinity, .nan]])
    func emptyOrAllNonFiniteDataThrowsEmpty(data: [Double]) {
        #expect(throws: DataError.empty) { try freshAxes().distplot(data) }
        #expect(throws: DataError.empty) { try freshAxes().histplot(data) }
        #expect(throws: DataError.empty) { try freshAxes().kdeplot(data) }
        #expect(throws: DataError.empty) {
            try freshAxes().histplot(groups: [DataGroup(name: "a", values: data), DataGroup(name: "b", values: data)])
        }
        #expect(throws: DataError.empty) { try freshAxes().kdeplot(groups: [DataGroup(name: "a", values: data)]) }
    }

    @Test func errorsSayWhatToDo() {
        #expect(DataError.empty.description.contains("NaN or infinite"))
        #expect(HistogramError.nonPositiveBinCount(0).description.contains("at least 1"))
        #expect(KDEError.invalidAdjust(-1).description.contains("positive"))
    }

    // MARK: Weights

    /// seaborn drops an observation whose weight is NaN (pandas' dropna), as
    /// it drops a NaN value.
    @Test func observationsWithNaNWeightsAreDropped() throws {
        let values: [Double] = [0.2, 0.5, 1.5, 2.5, 2.6, 3.1]
        let weights: [Double] = [1, .nan, 2, 0.5, .nan, 1]
        let keep = [0, 2, 3, 5]
        let result = try freshAxes().histplot(values, weights: weights, kde: true)
        let reference = try freshAxes().histplot(keep.map { values[$0] }, weights: keep.map { weights[$0] }, kde: true)
        #expect(result.dropped == 2 && result.warnings.contains(.droppedNonFinite(count: 2)))
        #expect(result.layers.first?.heights == reference.layers.first?.heights)
        #expect(result.layers.first?.kde == reference.layers.first?.kde)
        #expect(result.layers.first?.heights.reduce(0, +) == 4.5)

        let density = try freshAxes().kdeplot(values, weights: weights)
        #expect(density.dropped == 2)
    }

    @Test func unusableWeightsThrow() {
        #expect(throws: DataError.lengthMismatch(name: "weights of group ''", expected: 3, actual: 2)) {
            try freshAxes().histplot([1, 2, 3], weights: [1, 1])
        }
        #expect(throws: HistogramError.self) { try freshAxes().histplot([1, 2, 3], weights: [1, -1, 1]) }
        #expect(throws: HistogramError.self) { try freshAxes().histplot([1, 2, 3], weights: [1, .infinity, 1]) }
        #expect(throws: HistogramError.self) { try freshAxes().histplot([1, 2, 3], weights: [0, 0, 0]) }
        #expect(throws: DataError.self) { try freshAxes().kdeplot([1, 2, 3], weights: [1, -1, 1]) }
    }

    // MARK: Groups

    @Test(arguments: GroupLayout.allCases)
    func histplotGroupsWithAnEmptyAndAConstantGroup(layout: GroupLayout) throws {
        let groups = [
            DataGroup(name: "spread", values: [0.1, 0.9, 1.7, 2.2, 3.0, 1.1]),
            DataGroup(name: "missing", values: [.nan, .nan]),
            DataGroup(name: "constant", values: [1.5, 1.5, 1.5]),
        ]
        let figure = Figure()
        let axes = figure.addAxes()
        let result = try axes.histplot(groups: groups, layout: layout, kde: true, legendTitle: "group")
        #expect(result.layers.map(\.group) == ["spread", "constant"])
        #expect(result.layers[0].kde != nil && result.layers[1].kde == nil)
        #expect(result.warnings.contains(.emptyGroup("missing")))
        #expect(result.warnings.contains(.droppedNonFinite(count: 2)))
        #expect(result.warnings.contains(.kdeSkipped(reason: "group 'constant' has 3 values with zero variance")))
        #expect(axes.legend?.entries?.map(\.label) == ["spread", "constant"])
        #expect(axes.legend?.title == "group")
        // Colours stay tied to the group's position, as seaborn's hue levels.
        let colors = bars(axes).map { $0.fill?.withAlpha(1) }
        #expect(colors.contains(Color.tab10[2]) && !colors.contains(Color.tab10[1]))
        #expect(try !figure.encoded(as: .png).isEmpty)
    }

    @Test(arguments: [GroupLayout.layer, .stack, .fill])
    func kdeplotGroupsWithAnEmptyAndAConstantGroup(layout: GroupLayout) throws {
        let groups = [
            DataGroup(name: "spread", values: [0.1, 0.9, 1.7, 2.2, 3.0, 1.1]),
            DataGroup(name: "missing", values: []),
            DataGroup(name: "constant", values: [1.5]),
        ]
        let axes = freshAxes()
        let result = try axes.kdeplot(groups: groups, layout: layout)
        #expect(result.curves.map(\.group) == ["spread"])
        #expect(result.warnings.contains(.emptyGroup("missing")))
        #expect(result.warnings.contains(.kdeSkipped(reason: "group 'constant' has 1 value with zero variance")))
        // seaborn keeps the skipped level in the legend.
        #expect(axes.legend?.entries?.map(\.label) == ["spread", "constant"])
        // With common_norm the drawn curve integrates to its share, 6 of 7 observations.
        let curve = try #require(result.curves.first?.curve)
        var area = 0.0
        for index in 1..<curve.support.count {
            let width = curve.support[index] - curve.support[index - 1]
            area += width * (curve.density[index] + curve.density[index - 1]) / 2
        }
        #expect(abs(area - 6.0 / 7) < 0.01)
    }

    @Test func kdeplotRejectsDodge() {
        #expect(throws: PlotError.self) {
            try freshAxes().kdeplot(groups: [DataGroup(name: "a", values: [1, 2, 3])], layout: .dodge)
        }
    }

    // MARK: Size

    @Test func aMillionPointsWithARugRenderToPNG() throws {
        var random = RandomState(seed: 1)
        let data = try random.normal(count: 1_000_000)
        let figure = Figure()
        let axes = figure.addAxes()
        let result = try axes.distplot(data, rug: true)
        #expect(result.n == 1_000_000)
        let rug = try #require(axes.artists.compactMap { $0 as? RugArtist }.first)
        #expect(rug.segments.count == 1_000_000)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("viplot-million-rug-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }
        try figure.save(to: url)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    // MARK: Absurd parameters

    @Test func absurdBinsThrowHistogramErrors() {
        let data: [Double] = [0, 1, 2, 3, 4, 5]
        #expect(throws: HistogramError.nonPositiveBinCount(0)) { try freshAxes().distplot(data, bins: .count(0)) }
        #expect(throws: HistogramError.nonPositiveBinCount(-3)) {
            try freshAxes().histplot(data, options: HistogramOptions(bins: .count(-3)))
        }
        #expect(throws: HistogramError.tooManyBins(requested: 1e9, limit: HistogramBins.maximumBinCount)) {
            try freshAxes().histplot(data, options: HistogramOptions(bins: .count(1_000_000_000)))
        }
        #expect(throws: HistogramError.invalidBinWidth(0)) {
            try freshAxes().histplot(data, options: HistogramOptions(binWidth: 0))
        }
        #expect(throws: HistogramError.invalidBinWidth(-1)) {
            try freshAxes().histplot(data, options: HistogramOptions(binWidth: -1))
        }
        #expect(throws: HistogramError.tooManyBins(requested: 5e12, limit: HistogramBins.maximumBinCount)) {
            try freshAxes().histplot(data, options: HistogramOptions(binWidth: 1e-12))
        }
        #expect(throws: HistogramError.self) {
            try freshAxes().histplot([0, 1e300], options: HistogramOptions(discrete: true))
        }
        #expect(throws: PlotError.self) { try freshAxes().histplot(data, shrink: 0) }
        #expect(throws: PlotError.self) {
            try freshAxes().histplot(groups: [DataGroup(name: "a", values: data)], layout: .stack, commonBins: false)
        }
    }

    /// A bin wider than the data gives one bin (seaborn would ask numpy for
    /// 0 bins and fail), and constant data with a bin width still draw.
    @Test func binWidthWiderThanTheDataGivesOneBin() throws {
        let wide = try freshAxes().histplot([0, 1, 2], options: HistogramOptions(binWidth: 10))
        #expect(wide.layers.first?.edges == [0, 2])
        let constant = try freshAxes().histplot([5, 5, 5], options: HistogramOptions(binWidth: 0.3))
        #expect(constant.layers.first?.edges == [4.5, 5.5])
        #expect(constant.layers.first?.heights == [3])
    }

    @Test(arguments: [-1.0, 0, .nan, .infinity])
    func unusableBandwidthAdjustThrowsKDEError(adjust: Double) {
        var options = KDEOptions()
        options.adjust = adjust
        let data: [Double] = [0.3, 1.2, 2.5, 2.9]
        #expect(throws: KDEError.self) { try freshAxes().kdeplot(data, options: options) }
        #expect(throws: KDEError.self) { try freshAxes().distplot(data, kdeOptions: options) }
        #expect(throws: KDEError.self) { try freshAxes().histplot(data, kde: true, kdeOptions: options) }
        // Also when the data would skip the curve anyway.
        #expect(throws: KDEError.self) { try freshAxes().kdeplot([1, 1, 1], options: options) }
    }

    @Test func otherUnusableKDEOptionsThrow() {
        let data: [Double] = [0.3, 1.2, 2.5, 2.9]
        var cut = KDEOptions()
        cut.cut = -1
        #expect(throws: KDEError.invalidCut(-1)) { try freshAxes().kdeplot(data, options: cut) }
        var grid = KDEOptions()
        grid.gridsize = 1
        #expect(throws: KDEError.invalidGridSize(1)) { try freshAxes().kdeplot(data, options: grid) }
        var clip = KDEOptions()
        clip.clip = 2...2
        #expect(throws: KDEError.invalidClip(lower: 2, upper: 2)) { try freshAxes().kdeplot(data, options: clip) }
        var away = KDEOptions()
        away.clip = 100...200
        #expect(throws: KDEError.self) { try freshAxes().kdeplot(data, options: away) }
    }
}
