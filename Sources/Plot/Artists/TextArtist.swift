/// A line of text at a position in data or axes-fraction coordinates.
public struct TextArtist: Artist, Sendable {
    public var text: String
    public var x: Double
    public var y: Double
    public var xSpace: CoordinateSpace
    public var ySpace: CoordinateSpace
    public var style: TextStyle
    public var alignment: TextAlignment
    /// Degrees, counter-clockwise.
    public var rotation: Double
    public var zOrder: Double
    /// Whether the text is cut at the axes box (matplotlib: off for text).
    public var clipped: Bool

    public init(
        _ text: String, x: Double, y: Double, style: TextStyle,
        alignment: TextAlignment = TextAlignment(.left, .baseline), rotation: Double = 0,
        xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data, zOrder: Double = 3,
        clipped: Bool = false
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.style = style
        self.alignment = alignment
        self.rotation = rotation
        self.xSpace = xSpace
        self.ySpace = ySpace
        self.zOrder = zOrder
        self.clipped = clipped
    }

    /// Text does not take part in autoscaling, as in matplotlib.
    public var dataBounds: DataBounds { DataBounds() }

    public func draw(in context: DrawContext) {
        guard let (origin, anchor, _) = placement(in: context) else { return }
        if clipped, !context.clip.contains(anchor) { return }
        context.renderer.drawText(text, at: origin, style: style, rotation: rotation)
    }

    /// A `.best` legend avoids text, as matplotlib's does.
    public func legendObstacles(in context: DrawContext) -> LegendObstacles {
        guard let (_, _, bounds) = placement(in: context) else { return LegendObstacles() }
        return LegendObstacles(boxes: [bounds])
    }

    /// The baseline origin, the anchor and the box of the text in device space.
    private func placement(in context: DrawContext) -> (origin: Point, anchor: Point, bounds: Rect)? {
        let anchor = context.transform.device(x, y, xSpace: xSpace, ySpace: ySpace)
        guard anchor.x.isFinite, anchor.y.isFinite else { return nil }
        let extent = context.renderer.measureText(text, style: style)
        let origin = TextPlacement.origin(anchor: anchor, extent: extent, alignment: alignment, rotation: rotation)
        return (origin, anchor, TextPlacement.bounds(origin: origin, extent: extent, rotation: rotation))
    }
}
