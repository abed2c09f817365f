/// A text of one or more lines placed at an anchor: where each line is
/// drawn and the box the whole text covers, in device units.
struct PlacedText {
    let text: String
    let style: TextStyle
    let rotation: Double
    /// The baseline origin of each line.
    let lineOrigins: [Point]
    let lines: TextLines
    /// The rotated text's axis-aligned box.
    let bounds: Rect

    /// `text` aligned at `anchor` by `alignment` and rotated about it by
    /// `rotation` degrees counter-clockwise; lines are aligned among
    /// themselves as the text is aligned horizontally (matplotlib's default
    /// `multialignment`).
    init(
        _ text: String, style: TextStyle, anchor: Point, alignment: TextAlignment, rotation: Double = 0,
        measurer: any TextMeasurer
    ) {
        self.text = text
        self.style = style
        self.rotation = rotation
        lines = TextLines(text, style: style, measurer: measurer, alignment: alignment.horizontal)
        let origin = TextPlacement.origin(anchor: anchor, extent: lines.extent, alignment: alignment, rotation: rotation)
        lineOrigins = lines.lineOrigins(blockOrigin: origin, rotation: rotation)
        bounds = TextPlacement.bounds(origin: origin, extent: lines.extent, rotation: rotation)
    }

    /// The same text moved by (dx, dy) device units.
    func moved(dx: Double, dy: Double) -> PlacedText {
        PlacedText(moving: self, dx: dx, dy: dy)
    }

    private init(moving other: PlacedText, dx: Double, dy: Double) {
        text = other.text
        style = other.style
        rotation = other.rotation
        lines = other.lines
        lineOrigins = other.lineOrigins.map { Point($0.x + dx, $0.y + dy) }
        bounds = Rect(x0: other.bounds.minX + dx, y0: other.bounds.minY + dy,
                      x1: other.bounds.maxX + dx, y1: other.bounds.maxY + dy)
    }

    func draw(with renderer: any Renderer) {
        for (line, origin) in zip(lines.lines, lineOrigins) where !line.text.isEmpty {
            renderer.drawText(line.text, at: origin, style: style, rotation: rotation)
        }
    }
}
