import Foundation
import Testing
import TestSupport
@testable import Plot

/// scatter and errorbar build what matplotlib builds (markers.json, "marks").
@Suite struct ScatterErrorbarTests {
    struct Fixture: Decodable {
        struct Marks: Decodable {
            let scatter_filled_linewidth: Double
            let scatter_line_marker_linewidth: Double
            let scatter_zorder: Double
            let scatter_face_alpha: Double
            let errorbar_data_zorder: Double
            let errorbar_bar_zorder: Double
            let errorbar_bar_linewidth: Double
            let errorbar_cap_markersize: Double
            let errorbar_cap_marker: String
            let errorbar_cap_edgewidth: Double
            let legend_order: [String]
        }
        let marks: Marks
    }

    static let marks = FixtureFile.load("markers.json", as: Fixture.self, from: .module).marks

    @Test func artistsMatchMatplotlibsProperties() throws {
        let expected = Self.marks
        let axes = Figure().addAxes()
        let filled = try axes.scatter([1, 2], [1, 2], sizes: [12], alpha: 0.5, label: "filled")
        let lines = try axes.scatter([1, 2], [1, 2], marker: .x, label: "x")
        try axes.errorbar([1, 2], [1, 2], yError: .symmetric([0.5, 0.2]), format: "o", capsize: 3, label: "errors")
        try axes.plot([1, 2], [2, 1], label: "line")
        #expect(filled.lineWidth == expected.scatter_filled_linewidth)
        #expect(lines.lineWidth == expected.scatter_line_marker_linewidth)
        #expect(filled.zOrder == expected.scatter_zorder)
        #expect(filled.faceColors[0].alpha == expected.scatter_face_alpha)
        let bars = try #require(axes.artists.compactMap { $0 as? ErrorBarsArtist }.first)
        let data = try #require(axes.artists.compactMap { $0 as? LineArtist }.first { $0.marker?.marker == .circle })
        #expect(data.zOrder == expected.errorbar_data_zorder && !data.drawsLine)
        #expect(bars.zOrder == expected.errorbar_bar_zorder)
        #expect(bars.stroke.width == expected.errorbar_bar_linewidth)
        let cap = try #require(bars.capMarker)
        #expect(cap.size == expected.errorbar_cap_markersize && cap.marker.symbol == expected.errorbar_cap_marker)
        #expect(cap.edgeWidth == expected.errorbar_cap_edgewidth)
        #expect(axes.labelledEntries.map(\.label) == expected.legend_order, "containers come last")
    }

    @Test func uniformMarkersAreStampedAndMixedOnesDrawnOneByOne() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.scatter([1, 2, 3], [1, 2, 3], sizes: [12])
        try axes.scatter([1, 2, 3], [3, 2, 1], sizes: [10, 20, 30])
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        let circles = recorder.paths.filter { $0.path.elements.contains { if case .curve = $0 { return true } else { return false } } }
        #expect(circles.count == 6)
        // Stamped markers sit on pixel centres (Agg's draw_markers); the mixed ones where the data put them.
        let stamped = circles.prefix(3).map { $0.path.vertices[0].x }
        #expect(stamped.allSatisfy { $0 - $0.rounded(.down) == 0.5 })
    }

    @Test func badInputIsATypedError() {
        let axes = Figure().addAxes()
        #expect(throws: PlotError.self) { try axes.scatter([1, 2], [1]) }
        #expect(throws: PlotError.self) { try axes.scatter([1, 2], [1, 2], sizes: [1, 2, 3]) }
        #expect(throws: PlotError.self) { try axes.scatter([1, 2], [1, 2], sizes: [-1]) }
        #expect(throws: PlotError.self) { try axes.errorbar([1, 2], [1, 2], yError: .symmetric([1])) }
        #expect(throws: PlotError.self) { try axes.errorbar([1], [1], yError: .symmetric([-1])) }
        #expect(throws: PlotError.self) { try axes.errorbar([1], [1], format: "q") }
        #expect(axes.artists.isEmpty)
    }

    @Test func nanPointsAreLeftOutNotFatal() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.scatter([1, .nan, 3], [1, 2, .infinity])
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        #expect(recorder.paths.filter { $0.fill != nil && $0.path.vertices.count == 9 }.count == 1)
        #expect(axes.resolvedLimits().x.contains(1))
    }
}

/// scatter(c=values, cmap=…) colours as matplotlib does (markers.json, "marks.mapped").
@Suite struct MappedScatterTests {
    struct Fixture: Decodable {
        struct Marks: Decodable { let mapped: Mapped }
        struct Mapped: Decodable {
            struct Case: Decodable {
                let vmin: Double?
                let vmax: Double?
                let offsets: Int
                let facecolors: [[Double]]
            }
            let values: [Double?]
            let cases: [Case]
        }
        let marks: Marks
    }

    static let mapped = FixtureFile.load("markers.json", as: Fixture.self, from: .module).marks.mapped

    @Test func valuesAreColouredThroughTheMapAndNonFiniteOnesLeftOut() throws {
        let values = Self.mapped.values.map { $0 ?? .nan }
        for expected in Self.mapped.cases {
            let axes = Figure().addAxes()
            let scatter = try axes.scatter(
                (0..<6).map(Double.init), (0..<6).map(Double.init), values: values, colormap: .magma,
                norm: try Normalize(vmin: expected.vmin, vmax: expected.vmax))
            #expect(scatter.x.count == expected.offsets)
            let drawn = expected.facecolors.enumerated().filter { values[$0.offset].isFinite }.map(\.element)
            for (ours, theirs) in zip(scatter.faceColors, drawn) {
                #expect(zip([ours.red, ours.green, ours.blue, ours.alpha], theirs).allSatisfy { abs($0 - $1) < 1e-12 },
                        "\(ours) vs \(theirs)")
            }
        }
        #expect(throws: PlotError.self) { try Figure().addAxes().scatter([1, 2], [1, 2], values: [1]) }
    }
}

/// stem, vlines and hlines against what matplotlib builds (markers.json, "marks.stem").
@Suite struct StemAndRuleTests {
    struct Fixture: Decodable {
        struct Marks: Decodable { let stem: Stem }
        struct Stem: Decodable {
            let segments: [[[Double]]]
            let stem_color: [Double]
            let stem_linewidth: Double
            let marker: String
            let marker_color: [Double]
            let marker_linestyle: String
            let baseline_x: [Double]
            let baseline_y: [Double]
            let baseline_color: [Double]
        }
        let marks: Marks
    }

    static let stem = FixtureFile.load("markers.json", as: Fixture.self, from: .module).marks.stem

    private func rgba(_ color: Color) -> [Double] { [color.red, color.green, color.blue, color.alpha] }

    @Test func stemBuildsMatplotlibsThreeParts() throws {
        let expected = Self.stem
        let axes = Figure().addAxes()
        try axes.stem([1, 2, 4], [3, -1, 2])
        let stems = try #require(axes.artists.first as? SegmentsArtist)
        #expect(stems.segments.map { [[$0.x0, $0.y0], [$0.x1, $0.y1]] } == expected.segments)
        #expect(zip(rgba(stems.stroke.color), expected.stem_color).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(stems.stroke.width == expected.stem_linewidth)
        let lines = axes.artists.compactMap { $0 as? LineArtist }
        let markers = try #require(lines.first)
        #expect(markers.marker?.marker.symbol == expected.marker && !markers.drawsLine)
        #expect(zip(rgba(markers.stroke.color), expected.marker_color).allSatisfy { abs($0 - $1) < 1e-12 })
        let baseline = try #require(lines.last)
        #expect(baseline.x == expected.baseline_x && baseline.y == expected.baseline_y)
        #expect(zip(rgba(baseline.stroke.color), expected.baseline_color).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func rulesTakeOneEndOrOnePerPosition() throws {
        let axes = Figure().addAxes()
        let rules = try axes.hlines([1, 2], low: [0], high: [3, 4])
        #expect(rules.segments.map(\.x1) == [3, 4])
        #expect(throws: PlotError.self) { try axes.vlines([1, 2, 3], low: [0, 1], high: [2]) }
        #expect(throws: PlotError.self) { try axes.stem([], []) }
    }
}
