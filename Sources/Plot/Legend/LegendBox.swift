import Foundation

/// The legend of one axes, drawn as matplotlib draws its `Legend`: the
/// packed layout of ``LegendLayout`` at the requested (or the best)
/// location, inside a rounded, translucent frame.
struct LegendBox {
    let entries: [LegendEntry]
    /// A heading centred above the entries (matplotlib's legend `title`).
    let title: String?
    let style: Theme.LegendStyle
    let textColor: Color
    let faceColor: Color
    let columns: Int
    let showsFrame: Bool
    /// Whether the columns spread over the anchor box (`mode="expand"`).
    var expands = false

    /// The legend laid out and placed: its frame in device pixels and the
    /// parts inside it.
    struct Placement {
        let layout: LegendLayout
        let frame: Rect
    }

    private var textStyle: TextStyle { TextStyle(size: style.fontSize, color: textColor) }
    private var titleStyle: TextStyle { TextStyle(size: style.titleFontSize, color: textColor) }

    /// Where the legend goes for axes `box`: at `location` of the `anchor`
    /// box (the axes box when `nil`), inset by `borderaxespad`, or at the
    /// best place inside the axes avoiding `obstacles`. `nil` without entries.
    func placement(
        measurer: any TextMeasurer, box: Rect, anchor: Rect?, location: LegendLocation, obstacles: LegendObstacles
    ) -> Placement? {
        guard !entries.isEmpty else { return nil }
        let fontPixels = measurer.pixels(fromPoints: style.fontSize)
        let container = anchor ?? box
        let expandedWidth = expands
            ? container.width - 2 * (style.borderAxesPad + style.borderPad) * fontPixels : nil
        let layout = LegendLayout(
            labels: entries.map { measurer.measureText($0.label, style: textStyle) },
            title: title.map { measurer.measureText($0, style: titleStyle) },
            labelLineAscent: measurer.measureText("lp", style: textStyle).ascent,
            titleLineAscent: measurer.measureText("lp", style: titleStyle).ascent,
            style: style, fontPixels: fontPixels, columns: columns, expandedWidth: expandedWidth)
        let pad = style.borderAxesPad * fontPixels
        let chosen = location == .best
            ? bestLocation(width: layout.width, height: layout.height, box: container, pad: pad, obstacles: obstacles)
            : location
        let origin = chosen.origin(width: layout.width, height: layout.height, in: container, pad: pad)
        return Placement(layout: layout, frame: Rect(x: origin.x, y: origin.y, width: layout.width, height: layout.height))
    }

    /// Draws the legend at `placement`.
    func draw(_ placement: Placement, with renderer: any Renderer) {
        let frame = placement.frame
        let layout = placement.layout
        if showsFrame {
            // matplotlib's FancyBboxPatch "round,pad=0,rounding_size=0.2" with
            // the font size as mutation scale.
            let radius = style.roundedCorners ? 0.2 * renderer.pixels(fromPoints: style.fontSize) : 0
            renderer.drawPath(
                LegendBox.roundedRect(frame, radius: radius),
                fill: faceColor.withAlpha(faceColor.alpha * style.frameAlpha),
                stroke: StrokeStyle(
                    color: style.edgeColor.withAlpha(style.edgeColor.alpha * style.frameAlpha),
                    width: style.frameLineWidth),
                clip: nil, snap: true)
        }
        func placed(_ point: Point) -> Point { Point(frame.minX + point.x, frame.minY + point.y) }
        if let title, let titleOrigin = layout.titleOrigin {
            renderer.drawText(title, at: placed(titleOrigin), style: titleStyle, rotation: 0)
        }
        for (entry, row) in zip(entries, layout.rows) {
            let handle = Rect(x: frame.minX + row.handle.minX, y: frame.minY + row.handle.minY,
                              width: row.handle.width, height: row.handle.height)
            entry.handle.draw(in: handle, lineY: frame.minY + row.lineY, with: renderer)
            renderer.drawText(entry.label, at: placed(row.labelOrigin), style: textStyle, rotation: 0)
        }
    }

    /// matplotlib's `_find_best_position`: the first candidate with the
    /// least overlap with data vertices, segments and boxes.
    private func bestLocation(width: Double, height: Double, box: Rect, pad: Double, obstacles: LegendObstacles)
        -> LegendLocation
    {
        var best = LegendLocation.upperRight
        var bestBadness = Int.max
        for candidate in LegendLocation.candidates {
            let origin = candidate.origin(width: width, height: height, in: box, pad: pad)
            let frame = Rect(x: origin.x, y: origin.y, width: width, height: height)
            var badness = obstacles.boxes.filter { $0.intersects(frame) }.count
            for line in obstacles.polylines {
                badness += line.filter { frame.contains($0) }.count
                if LegendBox.polyline(line, intersects: frame) { badness += 1 }
            }
            if badness == 0 { return candidate }
            if badness < bestBadness {
                bestBadness = badness
                best = candidate
            }
        }
        return best
    }

    /// Whether any segment of the polyline crosses the rectangle.
    static func polyline(_ points: [Point], intersects rect: Rect) -> Bool {
        guard points.count >= 2 else { return points.first.map(rect.contains) ?? false }
        for index in 1..<points.count where segment(points[index - 1], points[index], intersects: rect) {
            return true
        }
        return false
    }

    /// Liang–Barsky clipping of a segment against a rectangle.
    private static func segment(_ a: Point, _ b: Point, intersects rect: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }

    /// A rectangle whose corners are quadratic Bézier curves through the
    /// corner point, `radius` pixels long (matplotlib's `BoxStyle.Round`).
    static func roundedRect(_ rect: Rect, radius: Double) -> Path {
        guard radius > 0 else { return Path(rect: rect) }
        let (left, top, right, bottom) = (rect.minX, rect.minY, rect.maxX, rect.maxY)
        // Each side, then the corner after it: (side's end, corner point, curve's end).
        let sides = [
            (Point(right - radius, top), Point(right, top), Point(right, top + radius)),
            (Point(right, bottom - radius), Point(right, bottom), Point(right - radius, bottom)),
            (Point(left + radius, bottom), Point(left, bottom), Point(left, bottom - radius)),
            (Point(left, top + radius), Point(left, top), Point(left + radius, top)),
        ]
        var path = Path()
        path.move(to: Point(left + radius, top))
        for (start, corner, end) in sides {
            path.line(to: start)
            // The quadratic curve start–corner–end, written as a cubic.
            func towardsCorner(_ point: Point) -> Point {
                Point(point.x + 2 * (corner.x - point.x) / 3, point.y + 2 * (corner.y - point.y) / 3)
            }
            path.curve(to: end, control1: towardsCorner(start), control2: towardsCorner(end))
        }
        path.close()
        return path
    }
}
