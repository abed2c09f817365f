import Foundation
import Testing
@testable import Plot

/// Our legends against matplotlib 3.11.2's: the frame, the title's and each
/// label's origin and box, each handle, for 1–5 entries with and without a
/// title, line and patch handles, four locations, 10/11/12 pt, 100/200 dpi.
@Suite struct LegendGeometryFixtureTests {
    /// The brief's bound; the packing is matplotlib's, so what is left is
    /// floating-point noise and the 1/64 px rounding of kerning.
    static let tolerance = 0.5

    /// The legend's calls as drawn: frame, optional title, then (handle, label) per entry.
    struct Drawn {
        let frame: Rect
        let title: RecordingRenderer.TextCall?
        let entries: [(handle: RecordingRenderer.PathCall, label: RecordingRenderer.TextCall)]
    }

    static func draw(_ legendCase: LegendGeometryFixture.Case) throws -> Drawn {
        var theme = Theme.matplotlib
        theme.legend.fontSize = legendCase.fontsize
        theme.legend.titleFontSize = legendCase.title?.fontsize ?? theme.fontSize
        let figure = Figure(width: legendCase.figsize[0], height: legendCase.figsize[1], dpi: legendCase.dpi, theme: theme)
        let axes = figure.addAxes()
        try axes.plot([0, 1], [0, 1])
        let entries = legendCase.entries.map { entry in
            LegendEntry(label: entry.text, handle: entry.handle.kind == "line"
                ? .line(StrokeStyle(color: .black, width: 1.5)) : .patch(fill: .black, edge: nil))
        }
        let location = try #require(LegendLocation(matplotlibName: legendCase.loc))
        axes.showLegend(entries: entries, title: legendCase.title?.text, location: location)
        let recorder = try RecordingRenderer(dpi: legendCase.dpi)
        figure.draw(with: recorder)
        let count = 1 + (legendCase.title == nil ? 0 : 1) + 2 * entries.count
        let calls = Array(recorder.calls.suffix(count))
        guard calls.count == count, case .path(let frame) = calls[0] else {
            throw LegendTestError.unexpectedCalls
        }
        var title: RecordingRenderer.TextCall?
        var index = 1
        if legendCase.title != nil {
            guard case .text(let text) = calls[1] else { throw LegendTestError.unexpectedCalls }
            title = text
            index = 2
        }
        var drawnEntries: [(handle: RecordingRenderer.PathCall, label: RecordingRenderer.TextCall)] = []
        while index < calls.count {
            guard case .path(let handle) = calls[index], case .text(let label) = calls[index + 1] else {
                throw LegendTestError.unexpectedCalls
            }
            drawnEntries.append((handle, label))
            index += 2
        }
        return Drawn(frame: bounds(frame.path), title: title, entries: drawnEntries)
    }

    enum LegendTestError: Error, CustomStringConvertible {
        case unexpectedCalls
        var description: String { "the legend was not drawn as frame, title, (handle, label)…" }
    }

    static func offset(_ ours: [Double], _ theirs: [Double]) -> Double {
        zip(ours, theirs).map { abs($0 - $1) }.max() ?? .infinity
    }

    /// The box of a path's end points (a rounded frame's curves end on its sides).
    static func bounds(_ path: Path) -> Rect {
        let xs = path.vertices.map(\.x), ys = path.vertices.map(\.y)
        return Rect(x0: xs.min() ?? 0, y0: ys.min() ?? 0, x1: xs.max() ?? 0, y1: ys.max() ?? 0)
    }

    static func corners(_ rect: Rect) -> [Double] { [rect.minX, rect.minY, rect.maxX, rect.maxY] }

    @Test(arguments: LegendGeometryFixture.shared.cases.indices)
    func legendMatchesMatplotlib(index: Int) throws {
        let expected = LegendGeometryFixture.shared.cases[index]
        let label = "\(expected.entries.count) entries, loc \(expected.loc), \(expected.fontsize) pt, \(expected.dpi) dpi"
        let drawn = try Self.draw(expected)
        #expect(Self.offset(Self.corners(drawn.frame), expected.frame) <= Self.tolerance,
                "\(label): frame \(drawn.frame) vs \(expected.frame)")
        if let title = expected.title {
            let ours = try #require(drawn.title)
            #expect(ours.text == title.text)
            #expect(Self.offset([ours.origin.x, ours.origin.y], title.origin) <= Self.tolerance,
                    "\(label): title at \(ours.origin) vs \(title.origin)")
            #expect(Self.offset(Self.corners(ours.bounds), title.extent) <= Self.tolerance,
                    "\(label): title box \(ours.bounds) vs \(title.extent)")
        }
        try #require(drawn.entries.count == expected.entries.count)
        for (ours, theirs) in zip(drawn.entries, expected.entries) {
            #expect(ours.label.text == theirs.text)
            #expect(Self.offset([ours.label.origin.x, ours.label.origin.y], theirs.origin) <= Self.tolerance,
                    "\(label): '\(theirs.text)' at \(ours.label.origin) vs \(theirs.origin)")
            #expect(Self.offset(Self.corners(ours.label.bounds), theirs.extent) <= Self.tolerance,
                    "\(label): '\(theirs.text)' box \(ours.label.bounds) vs \(theirs.extent)")
            let handle = Self.bounds(ours.handle.path)
            switch theirs.handle.kind {
            case "line":
                let start = try #require(theirs.handle.start), end = try #require(theirs.handle.end)
                #expect(Self.offset(Self.corners(handle), start + end) <= Self.tolerance,
                        "\(label): '\(theirs.text)' line \(handle) vs \(start) – \(end)")
            default:
                let extent = try #require(theirs.handle.extent)
                #expect(Self.offset(Self.corners(handle), extent) <= Self.tolerance,
                        "\(label): '\(theirs.text)' patch \(handle) vs \(extent)")
            }
        }
    }
}
