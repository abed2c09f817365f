import Foundation
import Stats
import Testing
@testable import Plot

/// Our figures, drawn through the recording renderer, against the geometry
/// seaborn/matplotlib produced for the same calls on the same data.
@Suite struct SeabornGeometryTests {
    /// The figure our API draws for each fixture, with the same calls.
    static func build(_ fixture: SeabornFixture) throws -> Figure {
        let figure = Figure(width: fixture.figsize[0], height: fixture.figsize[1], dpi: fixture.dpi)
        let axes = figure.addAxes()
        switch fixture.name {
        case "notebook":
            for component in fixture.data.components ?? [] {
                try axes.distplot(component.values, bins: .rule(.auto), rug: true, kdeStyle: CurveStyle(lineWidth: 4))
            }
        case "distplot_normal":
            try axes.distplot(fixture.data.x ?? [], bins: .rule(.auto), rug: true)
        case "histplot_kde":
            try axes.histplot(fixture.data.x ?? [], options: HistogramOptions(stat: .density), kde: true)
        case "kdeplot_fill":
            try axes.kdeplot(fixture.data.x ?? [], fill: true)
        case "rugplot":
            axes.rugplot(fixture.data.x ?? [])
        case "demo":
            let x = fixture.data.x ?? [], y = fixture.data.y ?? []
            try axes.plot(x, y, label: "sin(x)")
            try axes.bar(centers: fixture.data.bar_x ?? [], heights: fixture.data.bar_height ?? [], width: 1, label: "bars")
            try axes.fillBetween(x, y.map { $0 - 0.2 }, y.map { $0 + 0.2 }, alpha: 0.3, label: "band")
            axes.text("μ = 0, σ = −1", x: 1, y: -0.8)
            axes.showLegend()
            axes.xLabel = "x"
            axes.yLabel = "value"
            axes.title = "Demo"
        default:
            Issue.record("no builder for fixture \(fixture.name)")
        }
        return figure
    }

    static let names = ["notebook", "distplot_normal", "histplot_kde", "kdeplot_fill", "rugplot", "demo"]

    @Test(arguments: names)
    func limitsAndTicks(name: String) throws {
        let fixture = try SeabornFixture.load(name)
        let expected = try #require(fixture.axes.first)
        let figure = try Self.build(fixture)
        let axes = try #require(figure.axes.first)
        let limits = axes.resolvedLimits()
        let size = figure.pixelSize
        let box = axes.box(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
        #expect([box.minX, box.minY, box.maxX, box.maxY].elementsEqual(expected.bbox_px) { abs($0 - $1) < 1e-9 })
        for (ours, theirs) in [(limits.x, expected.xlim), (limits.y, expected.ylim)] {
            #expect(isClose(ours.lowerBound, theirs[0]) && isClose(ours.upperBound, theirs[1]),
                    "limits \(ours) vs \(theirs)")
        }
        let transform = AxesTransform(box: box, xLimits: limits.x, yLimits: limits.y)
        for (orientation, axis) in [(AxisOrientation.x, expected.xaxis), (.y, expected.yaxis)] {
            let ticks = AxisDrawing.ticks(for: orientation, transform: transform, theme: axes.theme, dpi: figure.dpi)
            #expect(ticks.values == axis.ticks.map(\.value))
            #expect(ticks.labels == axis.ticks.map(\.label))
        }
        #expect(axes.xLabel == expected.xaxis.label.text)
        #expect(axes.yLabel == expected.yaxis.label.text)
    }

    @Test(arguments: names)
    func artistsMatchInDrawOrder(name: String) throws {
        let fixture = try SeabornFixture.load(name)
        let expected = try #require(fixture.axes.first)
        let figure = try Self.build(fixture)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        // Artists are the calls clipped to the axes box; axis parts are not clipped.
        let drawn = recorder.paths.filter { $0.clip != nil }
        let theirs = expected.artists.enumerated()
            .sorted { ($0.element.zorder, $0.offset) < ($1.element.zorder, $1.offset) }
            .map(\.element)
            .filter { $0.type != "text" }
            .flatMap { artist in
                (artist.polygons ?? [[]]).map { polygon in (artist, polygon) }
            }
        try #require(drawn.count == theirs.count, "\(drawn.count) drawn vs \(theirs.count) in seaborn's figure")
        for (call, (artist, polygon)) in zip(drawn, theirs) {
            let vertices = call.path.vertices
            switch artist.type {
            case "rectangle":
                let box = try #require(artist.box)
                let xs = vertices.map(\.x), ys = vertices.map(\.y)
                let ours = [xs.min()!, ys.min()!, xs.max()!, ys.max()!]
                #expect(ours.elementsEqual(box) { abs($0 - $1) < 1e-6 }, "bar \(ours) vs \(box)")
                #expect(call.fill.map(\.rgba).map { close($0, artist.facecolor) } == true)
                if let edge = artist.edgecolor, edge[3] > 0 {
                    #expect(call.stroke.map { close($0.color.rgba, edge) && abs($0.width - (artist.linewidth ?? 0)) < 1e-9 } == true)
                } else {
                    #expect(call.stroke == nil)
                }
            case "line":
                let points = try #require(artist.points)
                #expect(vertices.count == points.count)
                let worst = zip(vertices, points).map { max(abs($0.x - $1[0]), abs($0.y - $1[1])) }.max() ?? 0
                #expect(worst < 1e-6, "line vertices differ by \(worst) px")
                #expect(call.stroke.map { close($0.color.rgba, artist.color) && $0.width == artist.linewidth } == true)
            case "line_collection":
                let segments = try #require(artist.segments)
                let ours = stride(from: 0, to: vertices.count - 1, by: 2).map { [vertices[$0], vertices[$0 + 1]] }
                for segment in segments {
                    #expect(ours.contains { pair in
                        abs(pair[0].x - segment[0][0]) <= 0.125 && abs(pair[0].y - segment[0][1]) < 1e-6
                            && abs(pair[1].x - segment[1][0]) <= 0.125 && abs(pair[1].y - segment[1][1]) < 1e-6
                    }, "rug segment \(segment) missing")
                }
                #expect(ours.count <= segments.count)
                #expect(call.stroke.map { close($0.color.rgba, artist.color) && $0.width == artist.linewidth } == true)
            case "poly_collection":
                let worst = polygon.map { point in
                    vertices.map { max(abs($0.x - point[0]), abs($0.y - point[1])) }.min() ?? .infinity
                }.max() ?? 0
                #expect(worst < 1e-6, "polygon vertex off by \(worst) px")
                #expect(call.fill.map(\.rgba).map { close($0, artist.facecolor) } == true)
                if let edge = artist.edgecolor {
                    #expect(call.stroke.map { close($0.color.rgba, edge) } == true)
                } else {
                    #expect(call.stroke == nil)
                }
            default:
                Issue.record("unexpected artist type \(artist.type)")
            }
        }
    }

    private func isClose(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    }

    private func close(_ a: [Double], _ b: [Double]?) -> Bool {
        guard let b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 }
    }
}
