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
        guard let (placed, anchor) = placement(transform: context.transform, measurer: context.renderer) else { return }
        if clipped, !context.clip.contains(anchor) { return }
        placed.draw(with: context.renderer)
    }

    /// A `.best` legend avoids text, as matplotlib's does.
    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        guard let (placed, _) = placement(transform: transform, measurer: measurer) else {
            return LegendObstacles()
        }
        return LegendObstacles(boxes: [placed.bounds])
    }

    /// Text may reach beyond the axes, so layout engines keep it in view.
    public func layoutBounds(transform: AxesTransform, measurer: any TextMeasurer) -> Rect? {
        placement(transform: transform, measurer: measurer)?.placed.bounds
    }

    /// The text at its place, and its anchor, in device space.
    private func placement(transform: AxesTransform, measurer: any TextMeasurer) -> (placed: PlacedText, anchor: Point)? {
        let anchor = transform.device(x, y, xSpace: xSpace, ySpace: ySpace)
        guard anchor.x.isFinite, anchor.y.isFinite else { return nil }
        return (PlacedText(text, style: style, anchor: anchor, alignment: alignment, rotation: rotation, measurer: measurer), anchor)
    }
}
