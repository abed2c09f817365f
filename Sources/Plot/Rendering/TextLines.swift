import Foundation

/// A text of one or more lines (split at "\n") laid out as matplotlib's
/// `Text._get_layout` lays it out with `linespacing="normal"`: each line at
/// least as tall as the font's typographic ascent and descent, plus half the
/// line gap above and below when there are several lines; lines aligned
/// among themselves by `multialignment`.
///
/// The block behaves as one line whose baseline is the last line's: its
/// ``extent`` reaches from there up to the top of the first line, so
/// ``TextPlacement`` aligns it exactly as matplotlib aligns the text.
struct TextLines {
    /// One line and where its baseline starts, relative to the block's
    /// origin (the last line's baseline at the block's left edge), in the
    /// text's own frame (y down).
    struct Line {
        let text: String
        let offset: Point
    }

    let lines: [Line]
    let extent: TextExtent

    init(_ text: String, style: TextStyle, measurer: any TextMeasurer, alignment: TextAlignment.Horizontal) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else {
            lines = [Line(text: text, offset: Point(0, 0))]
            extent = measurer.measureText(text, style: style)
            return
        }
        let font = measurer.lineMetrics(for: style)
        var measured: [(text: String, width: Double, baseline: Double)] = []
        var y = 0.0
        var lastDescent = 0.0
        for part in parts {
            let own = part.isEmpty ? TextExtent(width: 0, ascent: 0, descent: 0) : measurer.measureText(part, style: style)
            let ascent = max(own.ascent, font.ascent) + font.lineGap / 2
            lastDescent = max(own.descent, font.descent) + font.lineGap / 2
            y += ascent
            measured.append((part, own.width, y))
            y += lastDescent
        }
        let width = measured.map(\.width).max() ?? 0
        let lastBaseline = measured.last?.baseline ?? 0
        lines = measured.map { line in
            let x: Double
            switch alignment {
            case .left: x = 0
            case .center: x = (width - line.width) / 2
            case .right: x = width - line.width
            }
            return Line(text: line.text, offset: Point(x, line.baseline - lastBaseline))
        }
        extent = TextExtent(width: width, ascent: lastBaseline, descent: lastDescent)
    }

    /// The baseline origin of each line for a block whose origin is `origin`,
    /// rotated by `rotation` degrees counter-clockwise.
    func lineOrigins(blockOrigin origin: Point, rotation: Double) -> [Point] {
        let radians = rotation * .pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        return lines.map { line in
            Point(origin.x + line.offset.x * cosine + line.offset.y * sine,
                  origin.y - line.offset.x * sine + line.offset.y * cosine)
        }
    }
}
