/// How a line marks its points (matplotlib's `marker`, `markersize`,
/// `markerfacecolor`, `markeredgecolor`, `markeredgewidth`, `markevery`).
///
/// ```swift
/// var hollow = MarkerStyle(.square)
/// hollow.faceColor = .clear          // markerfacecolor="none"
/// ```
public struct MarkerStyle: Hashable, Sendable {
    public var marker: Marker
    /// The marker's width in points (`lines.markersize`, 6).
    public var size: Double
    /// The inside colour; the line's colour when `nil`, nothing when clear
    /// (`"none"`). Ignored for markers that are only lines.
    public var faceColor: Color?
    /// The outline colour; the line's colour when `nil`.
    public var edgeColor: Color?
    /// The outline width in points (`lines.markeredgewidth`, 1).
    public var edgeWidth: Double
    /// Which points get a marker.
    public var every: MarkEvery

    public init(
        _ marker: Marker, size: Double = 6, faceColor: Color? = nil, edgeColor: Color? = nil, edgeWidth: Double = 1,
        every: MarkEvery = .all
    ) {
        self.marker = marker
        self.size = size
        self.faceColor = faceColor
        self.edgeColor = edgeColor
        self.edgeWidth = edgeWidth
        self.every = every
    }

    /// The marker outline in device units around its point (y down), for a
    /// device of `dpi`; matplotlib's pixel marker `","` stays one pixel.
    public func devicePath(dpi: Double) -> Path {
        let scale = marker == .pixel ? 1 : size * dpi / 72
        return marker.path.applying(AffineTransform().scaled(scale, -scale))
    }

    /// How the outline snaps at `dpi`: matplotlib snaps a marker at least
    /// its ``Marker/snapThreshold`` pixels wide.
    public func snapMode(dpi: Double) -> SnapMode {
        guard let threshold = marker.snapThreshold else { return .automatic }
        return size * dpi / 72 >= threshold ? .always : .never
    }

    /// The fill of a marker on a line of `lineColor`: none for line-only
    /// markers and a clear face.
    public func fill(lineColor: Color) -> Color? {
        guard marker.isFilled else { return nil }
        let face = faceColor ?? lineColor
        return face.alpha > 0 ? face : nil
    }

    /// The outline of a marker on a line of `lineColor` (none for the pixel marker).
    public func edge(lineColor: Color) -> StrokeStyle? {
        guard marker != .pixel else { return nil }
        return StrokeStyle(color: edgeColor ?? lineColor, width: edgeWidth, cap: marker.cap, join: marker.join)
    }

    /// Draws the marker at each device position.
    func draw(at positions: [Point], lineColor: Color, clip: Rect?, with renderer: any Renderer) {
        renderer.drawMarkers(
            devicePath(dpi: renderer.dpi), at: positions, fill: fill(lineColor: lineColor),
            stroke: edge(lineColor: lineColor), clip: clip, snap: snapMode(dpi: renderer.dpi))
    }
}

/// Which points of a line get a marker (matplotlib's `markevery`).
public enum MarkEvery: Hashable, Sendable {
    /// Every point.
    case all
    /// Every `step`-th point from `start` (`markevery=(start, step)`).
    case step(Int, start: Int = 0)
    /// The points at these indices.
    case indices([Int])

    /// The indices of `count` points that are marked.
    public func indices(count: Int) -> [Int] {
        switch self {
        case .all: return Array(0..<count)
        case .step(let step, let start):
            guard step > 0, start < count else { return [] }
            return Array(stride(from: max(start, 0), to: count, by: step))
        case .indices(let list): return list.filter { $0 >= 0 && $0 < count }
        }
    }
}
