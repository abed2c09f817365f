import Foundation
import Stats
import Testing
@testable import Plot

/// Our figures, drawn through the recording renderer, against the geometry
/// seaborn/matplotlib produced for the same calls on the same data
/// (the builders are in SeabornGeometryTests+Builders.swift).
@Suite struct SeabornGeometryTests {
    /// A figure drawn through the recorder, with its fixture.
    struct Drawn {
        let fixture: SeabornFixture
        let expected: SeabornFixture.AxesInfo
        let figure: Figure
        let axes: Axes
        let recorder: RecordingRenderer

        init(_ name: String) throws {
            fixture = try SeabornFixture.load(name)
            expected = try #require(fixture.axes.first)
            figure = try SeabornGeometryTests.build(fixture)
            axes = try #require(figure.axes.first)
            recorder = try RecordingRenderer(dpi: figure.dpi)
            figure.draw(with: recorder)
        }
    }

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
        let transform = AxesTransform(box: box, xLimits: limits.x, yLimits: limits.y, xScale: axes.xScale, yScale: axes.yScale)
        for (orientation, axis) in [(AxisOrientation.x, expected.xaxis), (.y, expected.yaxis)] {
            let ticks = AxisTicks.resolve(
                for: orientation == .x ? axes.xAxis : axes.yAxis, transform: transform, dpi: figure.dpi)
            // matplotlib lists the drawn major ticks, then the minor ones (log axes),
            // with the mathtext it labels powers of ten with.
            let marks = ticks.major + ticks.minor
            #expect(marks.map(\.value) == axis.ticks.map(\.value))
            #expect(marks.map(\.mathtext) == axis.ticks.map(\.label))
            #expect(ticks.offsetText == axis.offset_text)
        }
        #expect(axes.xLabel == expected.xaxis.label.text)
        #expect(axes.yLabel == expected.yaxis.label.text)
        #expect(axes.title == expected.title.text)
    }

    /// Tick labels, axis labels and the title land where matplotlib puts
    /// them. Text is measured as matplotlib's Agg backend measures it (hinted
    /// FreeType advances and ink, the font's typographic ascent and descent
    /// as the least line extent), so the boxes agree to floating-point noise.
    @Test(arguments: names)
    func textsSitWhereMatplotlibPutsThem(name: String) throws {
        let drawn = try Drawn(name)
        let texts = drawn.recorder.texts
        var expected: [(String, [Double])] = []
        for axis in [drawn.expected.xaxis, drawn.expected.yaxis] {
            // Power-of-ten labels are drawn in pieces; LogTickLabelPlacementTests
            // checks their boxes. Unlabelled minor ticks have no box.
            expected += axis.ticks.filter { !$0.label.isEmpty && !$0.label.hasPrefix("$") }
                .map { ($0.label, $0.label_extent_px) }
            if let extent = axis.label.extent_px { expected.append((axis.label.text, extent)) }
        }
        if let extent = drawn.expected.title.extent_px { expected.append((drawn.expected.title.text, extent)) }
        for (text, extent) in expected {
            let candidates = texts.filter { $0.text == text }
            let worst = candidates.map { call in
                zip([call.bounds.minX, call.bounds.minY, call.bounds.maxX, call.bounds.maxY], extent).map { abs($0 - $1) }.max() ?? 0
            }.min()
            #expect(worst.map { $0 <= Self.textTolerance } == true, "'\(text)' is off by \(worst ?? .infinity) px")
        }
    }

    /// How far (px) our text boxes may be from matplotlib's.
    static let textTolerance = 0.5

    @Test(arguments: names)
    func artistsMatchInDrawOrder(name: String) throws {
        let drawn = try Drawn(name)
        // Artists are the calls clipped to the axes box (the grid too, drawn first).
        let gridCalls = drawn.axes.showGrid ? 2 : 0
        let clipped = drawn.recorder.paths.filter { $0.clip != nil }
        let calls = Array(clipped.dropFirst(gridCalls))
        let theirs = drawn.expected.artists.enumerated()
            .sorted { ($0.element.zorder, $0.offset) < ($1.element.zorder, $1.offset) }
            .map(\.element)
            .filter { $0.type != "text" }
            .flatMap { artist in
                (artist.polygons ?? [[]]).map { polygon in (artist, polygon) }
            }
        try #require(calls.count == theirs.count, "\(calls.count) drawn vs \(theirs.count) in seaborn's figure")
        for (call, (artist, polygon)) in zip(calls, theirs) {
            let vertices = call.path.vertices
            switch artist.type {
            case "rectangle":
                let box = try #require(artist.box)
                let xs = vertices.map(\.x), ys = vertices.map(\.y)
                let ours = [xs.min()!, ys.min()!, xs.max()!, ys.max()!]
                #expect(ours.elementsEqual(box) { abs($0 - $1) < 1e-6 }, "bar \(ours) vs \(box)")
                #expect(close(call.fill?.rgba ?? Color.clear.rgba, artist.facecolor), "bar face \(String(describing: call.fill))")
                if let edge = artist.edgecolor, edge[3] > 0 {
                    #expect(call.stroke.map { close($0.color.rgba, edge) && abs($0.width - (artist.linewidth ?? 0)) < 1e-9 } == true,
                            "bar edge \(String(describing: call.stroke)) vs \(edge) \(artist.linewidth ?? 0)")
                } else {
                    #expect(call.stroke == nil)
                }
            case "line":
                let points = try #require(artist.points)
                #expect(vertices.count == points.count, "line of \(vertices.count) vertices vs \(points.count)")
                let worst = zip(vertices, points).map { max(abs($0.x - $1[0]), abs($0.y - $1[1])) }.max() ?? 0
                #expect(worst < 1e-6, "line vertices differ by \(worst) px")
                #expect(call.stroke.map { close($0.color.rgba, artist.color) && $0.width == artist.linewidth } == true,
                        "line stroke \(String(describing: call.stroke)) vs \(artist.color ?? []) \(artist.linewidth ?? 0)")
                #expect(call.stroke?.cap.matplotlibName == artist.capstyle)
            case "line_collection":
                let segments = try #require(artist.segments)
                let ours = stride(from: 0, to: vertices.count - 1, by: 2).map { [vertices[$0], vertices[$0 + 1]] }
                // Ticks within 1/8 px of one another along the data axis are drawn once.
                for segment in segments {
                    let alongX = segment[0][0] == segment[1][0]
                    let (xTolerance, yTolerance) = alongX ? (0.125, 1e-6) : (1e-6, 0.125)
                    #expect(ours.contains { pair in
                        abs(pair[0].x - segment[0][0]) <= xTolerance && abs(pair[0].y - segment[0][1]) <= yTolerance
                            && abs(pair[1].x - segment[1][0]) <= xTolerance && abs(pair[1].y - segment[1][1]) <= yTolerance
                    }, "rug segment \(segment) missing")
                }
                #expect(ours.count <= segments.count)
                #expect(call.stroke.map { close($0.color.rgba, artist.color) && $0.width == artist.linewidth } == true)
                #expect(call.stroke?.cap.matplotlibName == artist.capstyle)
            case "poly_collection":
                // Both outlines hold the same vertices (each within 1e-6 px of one of the other's).
                let ours = vertices.filter { $0.x.isFinite && $0.y.isFinite }
                let theirsMissing = polygon.map { point in
                    ours.map { max(abs($0.x - point[0]), abs($0.y - point[1])) }.min() ?? .infinity
                }.max() ?? 0
                let oursExtra = ours.map { point in
                    polygon.map { max(abs(point.x - $0[0]), abs(point.y - $0[1])) }.min() ?? .infinity
                }.max() ?? 0
                #expect(theirsMissing < 1e-6 && oursExtra < 1e-6, "polygon vertex off by \(max(theirsMissing, oursExtra)) px")
                #expect(close(call.fill?.rgba ?? Color.clear.rgba, artist.facecolor), "polygon face \(String(describing: call.fill))")
                if let edge = artist.edgecolor, edge[3] > 0 {
                    #expect(call.stroke.map { close($0.color.rgba, edge) && abs($0.width - (artist.linewidth ?? 0)) < 1e-9 } == true,
                            "polygon edge \(String(describing: call.stroke)) vs \(edge)")
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

    func close(_ a: [Double], _ b: [Double]?) -> Bool {
        guard let b, a.count == b.count else { return false }
        return zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 }
    }
}

extension StrokeStyle.Cap {
    /// matplotlib's name of the cap style.
    var matplotlibName: String {
        switch self {
        case .butt: return "butt"
        case .round: return "round"
        case .projecting: return "projecting"
        }
    }
}
