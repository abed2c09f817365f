import Foundation

/// The legend of one axes, laid out as matplotlib lays out its `Legend`:
/// rows of (handle, label) with the theme's paddings in font-size units,
/// inside a rounded, translucent frame.
struct LegendBox {
    let entries: [LegendEntry]
    /// A heading centred above the entries (matplotlib's legend `title`).
    let title: String?
    let style: Theme.LegendStyle
    let textColor: Color
    let faceColor: Color

    /// Draws the legend inside `transform.box`, at `location`, avoiding
    /// `obstacles` when the location is `.best`.
    func draw(with renderer: any Renderer, transform: AxesTransform, location: LegendLocation, obstacles: LegendObstacles) {
        guard !entries.isEmpty else { return }
        let fontPixels = renderer.pixels(fromPoints: style.fontSize)
        let textStyle = TextStyle(size: style.fontSize, color: textColor)
        let extents = entries.map { renderer.measureText($0.label, style: textStyle) }
        let handleWidth = style.handleLength * fontPixels
        let handleHeight = style.handleHeight * fontPixels
        let rowAscents = extents.map { max($0.ascent, handleHeight) }
        let rowHeights = zip(rowAscents, extents).map { $0 + $1.descent }
        let border = style.borderPad * fontPixels
        let spacing = style.labelSpacing * fontPixels
        let textOffset = handleWidth + style.handleTextPad * fontPixels
        let titleStyle = TextStyle(size: style.titleFontSize, color: textColor)
        let titleExtent = title.map { renderer.measureText($0, style: titleStyle) }
        let entriesWidth = textOffset + (extents.map(\.width).max() ?? 0)
        let contentWidth = max(entriesWidth, titleExtent?.width ?? 0)
        let titleHeight = titleExtent.map { $0.height + spacing } ?? 0
        let width = 2 * border + contentWidth
        let height = 2 * border + titleHeight + rowHeights.reduce(0, +) + spacing * Double(entries.count - 1)
        let pad = style.borderAxesPad * fontPixels
        let chosen = location == .best
            ? bestLocation(width: width, height: height, box: transform.box, pad: pad, obstacles: obstacles)
            : location
        let origin = chosen.origin(width: width, height: height, in: transform.box, pad: pad)
        let frame = Rect(x: origin.x, y: origin.y, width: width, height: height)

        let radius = style.roundedCorners ? 0.2 * fontPixels : 0
        renderer.drawPath(
            LegendBox.roundedRect(frame, radius: radius),
            fill: faceColor.withAlpha(faceColor.alpha * style.frameAlpha),
            stroke: StrokeStyle(
                color: style.edgeColor.withAlpha(style.edgeColor.alpha * style.frameAlpha),
                width: style.frameLineWidth),
            clip: nil, snap: true)

        if let title, let titleExtent {
            let origin = Point(frame.midX - titleExtent.width / 2, frame.minY + border + titleExtent.ascent)
            renderer.drawText(title, at: origin, style: titleStyle, rotation: 0)
        }
        var rowTop = frame.minY + border + titleHeight
        let handleLeft = frame.minX + border + (contentWidth - entriesWidth) / 2
        for (index, entry) in entries.enumerated() {
            let baseline = rowTop + rowAscents[index]
            drawHandle(entry.handle, renderer: renderer,
                       box: Rect(x: handleLeft, y: baseline - handleHeight, width: handleWidth, height: handleHeight))
            renderer.drawText(entry.label, at: Point(handleLeft + textOffset, baseline), style: textStyle, rotation: 0)
            rowTop += rowHeights[index] + spacing
        }
    }

    private func drawHandle(_ handle: LegendEntry.Handle, renderer: any Renderer, box: Rect) {
        switch handle {
        case .line(let stroke):
            var path = Path()
            path.move(to: Point(box.minX, box.midY))
            path.line(to: Point(box.maxX, box.midY))
            renderer.drawPath(path, fill: nil, stroke: stroke, clip: nil, snap: true)
        case .patch(let fill, let edge):
            renderer.drawPath(Path(rect: box), fill: fill, stroke: edge, clip: nil, snap: true)
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

    /// A rectangle with circular corners of `radius` pixels.
    static func roundedRect(_ rect: Rect, radius: Double) -> Path {
        guard radius > 0 else { return Path(rect: rect) }
        let k = 0.5522847498 * radius  // cubic approximation of a quarter circle
        var path = Path()
        path.move(to: Point(rect.minX + radius, rect.minY))
        path.line(to: Point(rect.maxX - radius, rect.minY))
        path.curve(to: Point(rect.maxX, rect.minY + radius),
                   control1: Point(rect.maxX - radius + k, rect.minY), control2: Point(rect.maxX, rect.minY + radius - k))
        path.line(to: Point(rect.maxX, rect.maxY - radius))
        path.curve(to: Point(rect.maxX - radius, rect.maxY),
                   control1: Point(rect.maxX, rect.maxY - radius + k), control2: Point(rect.maxX - radius + k, rect.maxY))
        path.line(to: Point(rect.minX + radius, rect.maxY))
        path.curve(to: Point(rect.minX, rect.maxY - radius),
                   control1: Point(rect.minX + radius - k, rect.maxY), control2: Point(rect.minX, rect.maxY - radius + k))
        path.line(to: Point(rect.minX, rect.minY + radius))
        path.curve(to: Point(rect.minX + radius, rect.minY),
                   control1: Point(rect.minX, rect.minY + radius - k), control2: Point(rect.minX + radius - k, rect.minY))
        path.close()
        return path
    }
}
