import Foundation
import Testing
@testable import Plot

/// The legends seaborn builds for hue (and matplotlib's for labelled
/// artists) against ours: title, labels, order, handle kinds and colours,
/// and where `loc="best"` puts the frame.
@Suite struct SeabornLegendTests {
    static let withLegend = SeabornGeometryTests.names.filter { name in
        (try? SeabornFixture.load(name).axes.first?.legend) != nil
    }

    /// How far (px) the sides of our legend frame that `loc` anchors (those
    /// `borderaxespad` from the axes edge) may be from matplotlib's.
    static let frameTolerance = 2.0
    /// How much (px) each text row (title or entry) may add to the
    /// difference of the other sides. matplotlib measures legend text with
    /// its hinted FreeType metrics (whole pixels: "lp" at 10 pt is 14 px tall,
    /// 3 px below the baseline), Cairo with unhinted ones (13.4 px, 2.9 px),
    /// so a row of matplotlib's legend is up to ~0.9 px taller, and the far
    /// side of a legend drifts by about that per row.
    static let perRowTolerance = 1.0

    @Test func figuresWithoutLegendDrawNone() throws {
        for name in SeabornGeometryTests.names where !Self.withLegend.contains(name) {
            let drawn = try SeabornGeometryTests.Drawn(name)
            #expect(drawn.axes.legendLocation == nil, "\(name) draws a legend seaborn does not")
        }
    }

    @Test(arguments: withLegend)
    func legendMatches(name: String) throws {
        let drawn = try SeabornGeometryTests.Drawn(name)
        let legend = try #require(drawn.expected.legend)
        // The legend is drawn last: frame, optional title, then (handle, label) per entry.
        let callCount = 1 + (legend.title == nil ? 0 : 1) + 2 * legend.entries.count
        let calls = Array(drawn.recorder.calls.suffix(callCount))
        try #require(calls.count == callCount)
        guard case .path(let frame) = calls[0] else {
            Issue.record("the legend does not start with its frame")
            return
        }
        let xs = frame.path.vertices.map(\.x), ys = frame.path.vertices.map(\.y)
        let box = [xs.min() ?? 0, ys.min() ?? 0, xs.max() ?? 0, ys.max() ?? 0]
        let axesBox = drawn.expected.bbox_px
        let pad = drawn.axes.theme.legend.borderAxesPad * drawn.axes.theme.legend.fontSize * drawn.figure.dpi / 72
        let rows = Double(legend.entries.count + (legend.title == nil ? 0 : 1))
        for side in 0..<4 {
            let theirs = legend.frame_extent_px[side]
            let anchored = abs(abs(theirs - axesBox[side]) - pad) < 1
            let tolerance = anchored ? Self.frameTolerance : Self.frameTolerance + rows * Self.perRowTolerance
            #expect(abs(box[side] - theirs) <= tolerance,
                    "frame side \(side) at \(box[side]) vs \(theirs) (\(anchored ? "anchored" : "free"))")
        }
        #expect(frame.fill?.rgba == legend.frame_facecolor)
        #expect(frame.stroke.map { $0.color.rgba == legend.frame_edgecolor && $0.width == legend.frame_linewidth } == true)

        var index = 1
        var rowsAbove = 0.0
        if let title = legend.title {
            guard case .text(let text) = calls[index] else {
                Issue.record("no legend title drawn")
                return
            }
            #expect(text.text == title.text)
            #expect(text.style.size == title.fontsize)
            #expect(text.style.color.rgba == title.color)
            index += 1
            rowsAbove += 1
        }
        for entry in legend.entries {
            guard case .path(let handle) = calls[index], case .text(let label) = calls[index + 1] else {
                Issue.record("legend entry \(entry.text) is not a handle and a label")
                return
            }
            index += 2
            #expect(label.text == entry.text)
            #expect(label.style.size == entry.fontsize)
            let labelOffset = zip([label.bounds.minX, label.bounds.minY, label.bounds.maxX, label.bounds.maxY], entry.text_extent_px)
                .map { abs($0 - $1) }.max() ?? 0
            rowsAbove += 1
            let labelTolerance = Self.frameTolerance + rowsAbove * Self.perRowTolerance
            #expect(labelOffset <= labelTolerance, "label '\(entry.text)' off by \(labelOffset) px")
            switch entry.handle_type {
            case "Rectangle":
                #expect(handle.path.endsClosed, "\(entry.text): seaborn's handle is a patch")
                #expect((handle.fill ?? .clear).rgba == entry.color, "\(entry.text) face \(String(describing: handle.fill))")
                if let edge = entry.edgecolor, edge[3] > 0 {
                    #expect(handle.stroke.map { $0.color.rgba == edge && $0.width == entry.linewidth } == true,
                            "\(entry.text) edge \(String(describing: handle.stroke)) vs \(edge)")
                } else {
                    #expect(handle.stroke == nil)
                }
            case "Line2D":
                #expect(!handle.path.endsClosed && handle.fill == nil, "\(entry.text): seaborn's handle is a line")
                #expect(handle.stroke.map { $0.color.rgba == entry.color && $0.width == entry.linewidth } == true,
                        "\(entry.text) line \(String(describing: handle.stroke))")
            default:
                Issue.record("unknown handle type \(entry.handle_type)")
            }
        }
    }
}

extension Path {
    /// Whether the path is a closed outline (a patch) rather than a line.
    var endsClosed: Bool { elements.last == .close }
}
