/// An axis-aligned rectangle in device space: `minX...maxX` by `minY...maxY`
/// (pixels, y growing downwards, so `minY` is the top edge).
public struct Rect: Hashable, Sendable, Codable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    /// A rectangle from two opposite corners, in either order.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        minX = min(x0, x1)
        maxX = max(x0, x1)
        minY = min(y0, y1)
        maxY = max(y0, y1)
    }

    /// A rectangle from its top-left corner and its size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.init(x0: x, y0: y, x1: x + width, y1: y + height)
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var midX: Double { (minX + maxX) / 2 }
    public var midY: Double { (minY + maxY) / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        Rect(
            x0: min(minX, other.minX), y0: min(minY, other.minY),
            x1: max(maxX, other.maxX), y1: max(maxY, other.maxY))
    }

    /// Whether the point lies inside or on the border.
    public func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// Whether the two rectangles share any area.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
