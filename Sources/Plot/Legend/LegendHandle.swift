/// The small sample of an artist that a legend row shows beside its label.
///
/// Conform your own type to draw any sample (a marker, a hatched patch, an
/// image): the legend gives it its box and the y of a line sample.
public protocol LegendHandle: Sendable {
    /// Draws the sample in `box`, the handle's area of the row (matplotlib's
    /// `handlelength` × `handleheight` font sizes); `lineY` is where a line
    /// sample runs.
    func draw(in box: Rect, lineY: Double, with renderer: any Renderer)
}

/// A short horizontal line across the handle box, with the line's marker
/// in its middle (the sample of a line, matplotlib's `HandlerLine2D` with
/// one point).
public struct LineHandle: LegendHandle, Hashable {
    public var stroke: StrokeStyle
    /// Whether the line is drawn (not for a marker-only series).
    public var drawsLine: Bool
    public var marker: MarkerStyle?

    public init(stroke: StrokeStyle, drawsLine: Bool = true, marker: MarkerStyle? = nil) {
        self.stroke = stroke
        self.drawsLine = drawsLine
        self.marker = marker
    }

    public func draw(in box: Rect, lineY: Double, with renderer: any Renderer) {
        if drawsLine {
            var path = Path()
            path.move(to: Point(box.minX, lineY))
            path.line(to: Point(box.maxX, lineY))
            renderer.drawPath(path, fill: nil, stroke: stroke, clip: nil, snap: true)
        }
        marker?.draw(at: [Point(box.midX, lineY)], lineColor: stroke.color, clip: nil, with: renderer)
    }
}

/// A rectangle filling the handle box (the sample of bars and areas).
public struct PatchHandle: LegendHandle, Hashable {
    public var fill: Color?
    public var edge: StrokeStyle?

    public init(fill: Color?, edge: StrokeStyle?) {
        self.fill = fill
        self.edge = edge
    }

    public func draw(in box: Rect, lineY: Double, with renderer: any Renderer) {
        renderer.drawPath(Path(rect: box), fill: fill, stroke: edge, clip: nil, snap: true)
    }
}

extension LegendHandle where Self == LineHandle {
    /// A line sample drawn with `stroke`.
    public static func line(_ stroke: StrokeStyle) -> LineHandle { LineHandle(stroke: stroke) }
}

extension LegendHandle where Self == PatchHandle {
    /// A patch sample filled with `fill` and outlined with `edge`.
    public static func patch(fill: Color?, edge: StrokeStyle?) -> PatchHandle { PatchHandle(fill: fill, edge: edge) }
}
