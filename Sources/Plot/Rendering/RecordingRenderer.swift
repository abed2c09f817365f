/// A ``Renderer`` that keeps every draw call, in device coordinates, so that
/// tests can check geometry (bar edges, curve points, colours, line widths)
/// without comparing pixels.
///
/// Text is measured with the same fonts as ``CairoRenderer``, so the recorded
/// layout is the one a PNG would show.
///
/// ```swift
/// let recorder = try RecordingRenderer(dpi: 100)
/// figure.draw(with: recorder)
/// let bars = recorder.paths.filter { $0.fill != nil }
/// ```
public final class RecordingRenderer: Renderer {
    /// One captured `drawPath` call.
    public struct PathCall: Hashable, Sendable {
        public var path: Path
        public var fill: Color?
        public var stroke: StrokeStyle?
        public var clip: Rect?
        public var snap: Bool
    }

    /// One captured `drawText` call.
    public struct TextCall: Hashable, Sendable {
        public var text: String
        public var origin: Point
        public var style: TextStyle
        public var rotation: Double
        /// The device-space box of the text line as drawn.
        public var bounds: Rect
    }

    /// A captured call, in drawing order.
    public enum Call: Hashable, Sendable {
        case path(PathCall)
        case text(TextCall)
    }

    public let dpi: Double
    /// Every call, in the order the figure made them.
    public private(set) var calls: [Call] = []
    private let measurer: CairoRenderer

    /// A recorder measuring text at `dpi`.
    public init(dpi: Double) throws(PlotError) {
        self.dpi = dpi
        measurer = try CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: dpi)
    }

    /// The path calls, in order.
    public var paths: [PathCall] {
        calls.compactMap { if case .path(let call) = $0 { return call } else { return nil } }
    }

    /// The text calls, in order.
    public var texts: [TextCall] {
        calls.compactMap { if case .text(let call) = $0 { return call } else { return nil } }
    }

    public func drawPath(_ path: Path, fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: Bool) {
        calls.append(.path(PathCall(path: path, fill: fill, stroke: stroke, clip: clip, snap: snap)))
    }

    /// Recorded as for PNG output: markers are placed on the pixel grid.
    public var isRaster: Bool { true }

    public func drawText(_ text: String, at origin: Point, style: TextStyle, rotation: Double) {
        let extent = measureText(text, style: style)
        let bounds = TextPlacement.bounds(origin: origin, extent: extent, rotation: rotation)
        calls.append(.text(TextCall(text: text, origin: origin, style: style, rotation: rotation, bounds: bounds)))
    }

    public func measureText(_ text: String, style: TextStyle) -> TextExtent {
        measurer.measureText(text, style: style)
    }

    public func lineMetrics(for style: TextStyle) -> FontVerticalMetrics {
        measurer.lineMetrics(for: style)
    }

    public var missingCharacters: Set<Unicode.Scalar> { measurer.missingCharacters }
}
