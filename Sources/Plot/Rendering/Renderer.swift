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

    /// Stamps one marker at each of `positions` (matplotlib's
    /// `draw_markers`); non-finite positions are skipped.
    ///
    /// The default places each marker as matplotlib's Agg backend does (see
    /// ``MarkerPlacement``) and draws it with ``drawPath(_:fill:stroke:clip:snap:)``;
    /// a renderer may stamp one prepared marker many times instead.
    ///
    /// - Parameters:
    ///   - marker: the outline in device units around the position (y down).
    ///   - positions: where the markers go, in device units.
    ///   - fill: the markers' fill, or `nil` for none.
    ///   - stroke: the markers' outline, or `nil` for none.
    ///   - clip: a device rectangle outside which nothing is drawn, or `nil`.
    ///   - snap: whether the outline is snapped to the pixel grid.
    func drawMarkers(
        _ marker: Path, at positions: [Point], fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: SnapMode)

    /// Whether drawing lands on a pixel grid (PNG), where matplotlib rounds
    /// marker positions and snaps outlines; false for vector output.
    var isRaster: Bool { get }
}

extension Renderer {
    public func drawMarkers(
        _ marker: Path, at positions: [Point], fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: SnapMode
    ) {
        let placement = MarkerPlacement(
            marker: marker, strokePixels: stroke.map { pixels(fromPoints: $0.width) } ?? 0, snap: snap,
            raster: isRaster)
        for position in positions where position.x.isFinite && position.y.isFinite {
            drawPath(placement.outline(at: position), fill: fill, stroke: stroke, clip: clip, snap: false)
        }
    }

    public var isRaster: Bool { false }
}
