/// The one place that knows about a drawing library.
///
/// Coordinates are device units: pixels at the figure's dpi, origin at the
/// top-left corner, y growing downwards. Line widths and font sizes are in
/// points and are converted with ``TextMeasurer/dpi``. Artists call only these methods,
/// so a figure can be written by Cairo or captured for tests by
/// ``RecordingRenderer``.
public protocol Renderer: TextMeasurer {

    /// Fills and/or strokes a path, clipped to `clip` when given.
    ///
    /// - Parameters:
    ///   - path: the outline to draw, in device units.
    ///   - fill: the fill colour, or `nil` for no fill.
    ///   - stroke: the outline, or `nil` for none.
    ///   - clip: a device rectangle outside which nothing is drawn, or `nil`
    ///     for no clipping.
    ///   - snap: whether a rectilinear path may be snapped to the pixel grid
    ///     on raster output (matplotlib's `path.snap`).
    func drawPath(_ path: Path, fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: Bool)

    /// Draws one line of text whose baseline starts at `origin`, rotated by
    /// `rotation` degrees counter-clockwise about `origin`.
    func drawText(_ text: String, at origin: Point, style: TextStyle, rotation: Double)
}
