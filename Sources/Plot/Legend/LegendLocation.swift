/// Where a legend sits in its axes, as matplotlib's `loc`.
public enum LegendLocation: String, Sendable, Hashable, CaseIterable {
    /// The candidate position (in matplotlib's order) that covers the least data.
    case best
    case upperRight, upperLeft, lowerLeft, lowerRight, right
    case centerLeft, centerRight, lowerCenter, upperCenter, center

    /// The fixed positions, in the order `.best` tries them.
    static let candidates: [LegendLocation] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right,
        .centerLeft, .centerRight, .lowerCenter, .upperCenter, .center,
    ]

    /// The top-left corner of a legend of `size` placed here inside `box`,
    /// `pad` pixels from its edges.
    func origin(width: Double, height: Double, in box: Rect, pad: Double) -> Point {
        let left = box.minX + pad, right = box.maxX - pad - width, midX = box.midX - width / 2
        let top = box.minY + pad, bottom = box.maxY - pad - height, midY = box.midY - height / 2
        switch self {
        case .best, .upperRight: return Point(right, top)
        case .upperLeft: return Point(left, top)
        case .lowerLeft: return Point(left, bottom)
        case .lowerRight: return Point(right, bottom)
        case .right, .centerRight: return Point(right, midY)
        case .centerLeft: return Point(left, midY)
        case .lowerCenter: return Point(midX, bottom)
        case .upperCenter: return Point(midX, top)
        case .center: return Point(midX, midY)
        }
    }
}
