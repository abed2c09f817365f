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

        func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<Void> {
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

    /// A layer that reports what it computed: `add` hands the summary back.
    struct MeanLine: PlotLayer {
        let values: [Double]

        func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<Double> {
            guard !values.isEmpty else { throw .invalidArgument("no values") }
            let mean = values.reduce(0, +) / Double(values.count)
            let line = LineArtist(x: [mean, mean], y: [0, 1], stroke: context.lineStroke(), ySpace: .axesFraction)
            return LayerGeometry(artists: [line], summary: mean)
        }
    }

    @Test func layerSummaryComesBackAndAFailedLayerLeavesTheAxesAlone() throws {
        let axes = Figure().addAxes()
        #expect(try axes.add(MeanLine(values: [1, 2, 6])).summary == 3)
        #expect(throws: PlotError.invalidArgument("no values")) { try axes.add(MeanLine(values: [])) }
        #expect(axes.artists.count == 1)
        #expect(try axes.plot([0, 1], [0, 1]).stroke.color == Color.tab10[1], "the failed layer took no colour")
    }

    @Test func failedHistogramLeavesScaleAndCycleAsTheyWere() throws {
        let axes = Figure().addAxes()
        #expect(throws: (any Error).self) { try axes.histplot([-1, -2], logScale: true) }
        #expect(axes.xScale == .linear && axes.artists.isEmpty && axes.yLabel.isEmpty)
        #expect(axes.nextPatchColor() == Color.tab10[0])
    }

    @Test func builtInPlotsAreLayersToo() throws {
        let axes = Figure().addAxes()
        let histogram = try axes.add(HistogramPlot([1, 2, 2, 3, 3, 3], options: HistogramOptions(bins: .count(3))))
        #expect(histogram.summary.layers.first?.heights == [1, 2, 3])
        #expect(axes.yLabel == "Count")
        let rug = axes.add(RugPlot([1, 2, 3]))
        #expect(rug.summary.values == [1, 2, 3])
        #expect(abs(axes.yAxis.margin - (axes.theme.yMargin + 0.05)) < 1e-12, "the rug widened the y margin")
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

/// A legend handle of the user's own: the legend gives it its box.
@Suite struct CustomLegendHandleTests {
    struct Diamond: LegendHandle {
        let color: Color

        func draw(in box: Rect, lineY: Double, with renderer: any Renderer) {
            var path = Path()
            path.move(to: Point(box.midX, box.minY))
            path.line(to: Point(box.maxX, lineY))
            path.line(to: Point(box.midX, box.maxY))
            path.line(to: Point(box.minX, lineY))
            path.close()
            renderer.drawPath(path, fill: color, stroke: nil, clip: nil, snap: false)
        }
    }

    @Test func customHandleIsDrawnInItsRow() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        axes.showLegend(entries: [LegendEntry(label: "diamond", handle: Diamond(color: .black))])
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        let diamond = try #require(recorder.paths.first { $0.fill == .black && $0.path.vertices.count == 4 })
        let label = try #require(recorder.texts.first { $0.text == "diamond" })
        // The sample sits left of its label, on the label's line.
        #expect(diamond.path.vertices.map(\.x).max()! < label.origin.x)
        #expect(abs(diamond.path.vertices[1].y - label.bounds.midY) < label.bounds.height)
    }
}
