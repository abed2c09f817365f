import Foundation
import Testing
@testable import Plot

/// A plot kind defined outside Plot, as a user would: a layer builds its
/// artists from the context, takes colours from the axes' cycles and
/// suggests labels that the axes adopt only where none is set.
@Suite struct PlotLayerTests {
    /// Stems from zero, as in the ``PlotLayer`` documentation.
    struct Stems: PlotLayer {
        let x: [Double]
        let y: [Double]

        func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry {
            let color = context.nextLineColor()
            let segments = zip(x, y).map { SegmentsArtist.Segment(x0: $0, y0: 0, x1: $0, y1: $1) }
            return LayerGeometry(
                artists: [SegmentsArtist(segments: segments, stroke: StrokeStyle(color: color, width: 1))],
                hints: AxesHints(xLabel: "position", yLabel: "height"))
        }
    }

    @Test func layerAddsArtistsAndAdvancesTheCycle() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        axes.yLabel = "mine"
        try axes.add(Stems(x: [1, 2, 3], y: [3, 1, 2]))
        let line = try axes.plot([0, 1], [0, 1])
        #expect(axes.artists.count == 2)
        let stems = try #require(axes.artists.first as? SegmentsArtist)
        #expect(stems.stroke.color == Color.tab10[0])
        #expect(line.stroke.color == Color.tab10[1], "the layer took the first line colour")
        #expect(axes.xLabel == "position" && axes.yLabel == "mine")
        #expect(axes.resolvedLimits().y.upperBound > 3)
    }

    @Test func categoricalBarsAccumulateCategories() throws {
        let axes = Figure().addAxes()
        try axes.bar(["a", "b"], [1, 2])
        try axes.bar(["b", "c"], [3, 4])
        #expect(axes.xAxis.categories == ["a", "b", "c"])
        let second = try #require(axes.artists.last as? BarsArtist)
        #expect(abs(second.bars[0].x0 - 1.6) < 1e-12, "c sits at position 2")
        #expect(throws: PlotError.self) { try axes.bar(["x"], [1, 2]) }
        #expect(throws: PlotError.self) { try axes.bar(["x"], [1], yerr: [0.1, 0.2]) }
    }
}
