/// Draws on another renderer with every coordinate moved by an offset: how
/// a figure laid out on its full canvas is drawn on a canvas cropped to its
/// ink (matplotlib's `bbox_inches="tight"`).
final class TranslatingRenderer: Renderer {
    private let base: any Renderer
    private let dx: Double
    private let dy: Double

    /// A renderer drawing at (x + dx, y + dy) on `base`.
    init(_ base: any Renderer, dx: Double, dy: Double) {
        self.base = base
        self.dx = dx
        self.dy = dy
    }

    var dpi: Double { base.dpi }
    var isRaster: Bool { base.isRaster }

    func drawPath(_ path: Path, fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: Bool) {
        let movedClip = clip.map { Rect(x0: $0.minX + dx, y0: $0.minY + dy, x1: $0.maxX + dx, y1: $0.maxY + dy) }
        base.drawPath(path.translated(dx: dx, dy: dy), fill: fill, stroke: stroke, clip: movedClip, snap: snap)
    }

    func drawText(_ text: String, at origin: Point, style: TextStyle, rotation: Double) {
        base.drawText(text, at: Point(origin.x + dx, origin.y + dy), style: style, rotation: rotation)
    }

    func measureText(_ text: String, style: TextStyle) -> TextExtent {
        base.measureText(text, style: style)
    }

    func lineMetrics(for style: TextStyle) -> FontVerticalMetrics {
        base.lineMetrics(for: style)
    }

    var missingCharacters: Set<Unicode.Scalar> { base.missingCharacters }
}
