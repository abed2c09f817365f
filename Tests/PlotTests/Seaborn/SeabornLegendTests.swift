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

    /// How far (px) our legend frame and label boxes may be from
    /// matplotlib's: text is measured as its Agg backend measures it and the
    /// legend packed as its offsetboxes pack it, so they agree to
    /// floating-point noise; this is the bound the layout promises.
    static let tolerance = 0.5

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
        #expect(zip(box, legend.frame_extent_px).allSatisfy { abs($0 - $1) <= Self.tolerance },
                "frame \(box) vs \(legend.frame_extent_px)")
        #expect(frame.fill?.rgba == legend.frame_facecolor)
        #expect(frame.stroke.map { $0.color.rgba == legend.frame_edgecolor && $0.width == legend.frame_linewidth } == true)

        var index = 1
        if let title = legend.title {
            guard case .text(let text) = calls[index] else {
                Issue.record("no legend title drawn")
                return
            }
            #expect(text.text == title.text)
            #expect(text.style.size == title.fontsize)
            #expect(text.style.color.rgba == title.color)
            index += 1
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
            #expect(labelOffset <= Self.tolerance, "label '\(entry.text)' off by \(labelOffset) px")
            let handleXs = handle.path.vertices.map(\.x), handleYs = handle.path.vertices.map(\.y)
            let handleBox = [handleXs.min() ?? 0, handleYs.min() ?? 0, handleXs.max() ?? 0, handleYs.max() ?? 0]
            switch entry.handle_type {
            case "Rectangle":
                #expect(zip(handleBox, entry.handle_extent_px).allSatisfy { abs($0 - $1) <= Self.tolerance },
                        "\(entry.text): patch handle \(handleBox) vs \(entry.handle_extent_px)")
                #expect(handle.path.endsClosed, "\(entry.text): seaborn's handle is a patch")
                #expect((handle.fill ?? .clear).rgba == entry.color, "\(entry.text) face \(String(describing: handle.fill))")
                if let edge = entry.edgecolor, edge[3] > 0 {
                    #expect(handle.stroke.map { $0.color.rgba == edge && $0.width == entry.linewidth } == true,
                            "\(entry.text) edge \(String(describing: handle.stroke)) vs \(edge)")
                } else {
                    #expect(handle.stroke == nil)
                }
            case "Line2D":
                let points = try #require(entry.handle_px)
                let pointXs: [Double] = points.map { $0[0] }, pointYs: [Double] = points.map { $0[1] }
                let theirs: [Double] = [pointXs.min() ?? 0, pointYs.min() ?? 0, pointXs.max() ?? 0, pointYs.max() ?? 0]
                #expect(zip(handleBox, theirs).allSatisfy { abs($0 - $1) <= Self.tolerance },
                        "\(entry.text): line handle \(handleBox) vs \(theirs)")
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
