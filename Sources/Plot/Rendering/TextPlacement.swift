import Foundation

/// Where to start a line of text so that its anchor point sits at a given
/// alignment, following matplotlib's `Text._get_layout` for one line with
/// `rotation_mode="anchor"`.
enum TextPlacement {
    /// The baseline origin for `extent`, aligned at `anchor` and rotated by
    /// `rotation` degrees counter-clockwise about the anchor.
    static func origin(
        anchor: Point, extent: TextExtent, alignment: TextAlignment, rotation: Double = 0
    ) -> Point {
        let alignX: Double
        switch alignment.horizontal {
        case .left: alignX = 0
        case .center: alignX = extent.width / 2
        case .right: alignX = extent.width
        }
        // In the text's own frame, y grows downwards from the baseline.
        let alignY: Double
        switch alignment.vertical {
        case .top: alignY = -extent.ascent
        case .center: alignY = (extent.descent - extent.ascent) / 2
        case .centerBaseline: alignY = -extent.ascent / 2
        case .baseline: alignY = 0
        case .bottom: alignY = extent.descent
        }
        let radians = rotation * .pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        let dx = -alignX, dy = -alignY
        return Point(
            anchor.x + dx * cosine + dy * sine,
            anchor.y - dx * sine + dy * cosine)
    }

    /// Where a text line goes when its rotated box, not the text itself, is
    /// aligned at `anchor` (matplotlib's default `rotation_mode`, as tick
    /// labels use it): the baseline origin and the rotated box.
    static func alignedRotatedBox(anchor: Point, extent: TextExtent, alignment: TextAlignment, rotation: Double)
        -> (origin: Point, bounds: Rect)
    {
        guard rotation != 0 else {
            let origin = self.origin(anchor: anchor, extent: extent, alignment: alignment)
            return (origin, bounds(origin: origin, extent: extent))
        }
        let box = bounds(origin: Point(0, 0), extent: extent, rotation: rotation)
        let x: Double
        switch alignment.horizontal {
        case .left: x = box.minX
        case .center: x = box.midX
        case .right: x = box.maxX
        }
        let y: Double
        switch alignment.vertical {
        case .top: y = box.minY
        case .bottom: y = box.maxY
        case .center: y = box.midY
        // matplotlib measures these two from the rotated box's edges by the
        // unrotated descent and half ascent.
        case .baseline: y = box.maxY - extent.descent
        case .centerBaseline: y = box.minY + extent.ascent / 2
        }
        let origin = Point(anchor.x - x, anchor.y - y)
        return (origin, bounds(origin: origin, extent: extent, rotation: rotation))
    }

    /// The device-space bounding box of the text line placed at `origin`.
    static func bounds(origin: Point, extent: TextExtent, rotation: Double = 0) -> Rect {
        let radians = rotation * .pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        let corners = [(0.0, -extent.ascent), (extent.width, -extent.ascent),
                       (0.0, extent.descent), (extent.width, extent.descent)]
        let points = corners.map { dx, dy in
            Point(origin.x + dx * cosine + dy * sine, origin.y - dx * sine + dy * cosine)
        }
        var box = Rect(x0: points[0].x, y0: points[0].y, x1: points[0].x, y1: points[0].y)
        for point in points.dropFirst() {
            box = box.union(Rect(x0: point.x, y0: point.y, x1: point.x, y1: point.y))
        }
        return box
    }
}
