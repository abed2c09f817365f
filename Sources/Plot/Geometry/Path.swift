/// A sequence of drawing commands in device space, as a renderer fills or
/// strokes it: the one primitive every artist reduces to.
///
/// ```swift
/// var path = Path()
/// path.move(to: Point(10, 10))
/// path.line(to: Point(50, 40))
/// path.close()
/// ```
public struct Path: Hashable, Sendable {
    /// One drawing command.
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    /// The commands, in drawing order.
    public private(set) var elements: [Element] = []

    public init() {}

    /// A closed rectangle.
    public init(rect: Rect) {
        move(to: Point(rect.minX, rect.minY))
        line(to: Point(rect.maxX, rect.minY))
        line(to: Point(rect.maxX, rect.maxY))
        line(to: Point(rect.minX, rect.maxY))
        close()
    }

    /// An open polyline through `points` (empty when there are none).
    public init(polyline points: [Point]) {
        elements.reserveCapacity(points.count)
        for (index, point) in points.enumerated() {
            elements.append(index == 0 ? .move(point) : .line(point))
        }
    }

    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    public mutating func curve(to end: Point, control1: Point, control2: Point) {
        elements.append(.curve(control1, control2, end))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends the commands of another path.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }

    public var isEmpty: Bool { elements.isEmpty }

    /// The path moved by (dx, dy).
    public func translated(dx: Double, dy: Double) -> Path {
        mapPoints { Point($0.x + dx, $0.y + dy) }
    }

    /// The path with every point (end and control points) mapped by `map`.
    public func mapPoints(_ map: (Point) -> Point) -> Path {
        var mapped = Path()
        mapped.elements = elements.map { element in
            switch element {
            case .move(let point): return .move(map(point))
            case .line(let point): return .line(map(point))
            case let .curve(control1, control2, end): return .curve(map(control1), map(control2), map(end))
            case .close: return .close
            }
        }
        return mapped
    }

    /// The end points of every command (control points excluded).
    public var vertices: [Point] {
        elements.compactMap { element in
            switch element {
            case .move(let point), .line(let point), .curve(_, _, let point): return point
            case .close: return nil
            }
        }
    }

    /// Whether every segment is horizontal or vertical: such paths are
    /// snapped to the pixel grid on raster output, as matplotlib does.
    public var isRectilinear: Bool {
        var previous: Point?
        for element in elements {
            switch element {
            case .move(let point):
                previous = point
            case .line(let point):
                if let start = previous, start.x != point.x, start.y != point.y { return false }
                previous = point
            case .curve:
                return false
            case .close:
                break
            }
        }
        return true
    }
}
