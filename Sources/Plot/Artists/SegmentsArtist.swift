/// Many straight segments sharing one style, drawn as a single path
/// (matplotlib's `LineCollection`): rug ticks, tick-like marks, error bars.
///
/// Segments that land on the same 1/8 pixel are drawn once, so a rug of a
/// million points costs about as much as one of a few thousand.
public struct SegmentsArtist: Artist, Sendable {
    /// One segment from (x0, y0) to (x1, y1).
    public struct Segment: Sendable, Hashable {
        public var x0: Double
        public var y0: Double
        public var x1: Double
        public var y1: Double

        public init(x0: Double, y0: Double, x1: Double, y1: Double) {
            self.x0 = x0
            self.y0 = y0
            self.x1 = x1
            self.y1 = y1
        }
    }

    public var segments: [Segment]
    public var stroke: StrokeStyle
    public var xSpace: CoordinateSpace
    public var ySpace: CoordinateSpace
    public var label: String?
    public var zOrder: Double

    public init(
        segments: [Segment], stroke: StrokeStyle, label: String? = nil,
        xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data, zOrder: Double = 2
    ) {
        self.segments = segments
        self.stroke = stroke
        self.label = label
        self.xSpace = xSpace
        self.ySpace = ySpace
        self.zOrder = zOrder
    }

    public var dataBounds: DataBounds {
        DataBounds(
            xValues: xSpace == .data ? segments.flatMap { [$0.x0, $0.x1] } : nil,
            yValues: ySpace == .data ? segments.flatMap { [$0.y0, $0.y1] } : nil)
    }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .line(stroke)) }
    }

    public func draw(in context: DrawContext) {
        let path = devicePath(context.transform)
        context.renderer.drawPath(path, fill: nil, stroke: stroke, clip: context.clip, snap: true)
    }

    /// All visible segments as one path, with sub-pixel duplicates removed.
    func devicePath(_ transform: AxesTransform) -> Path {
        let subpixels = 8.0
        var seen = Set<SIMD4<Int64>>()
        var path = Path()
        for segment in segments {
            let start = transform.device(segment.x0, segment.y0, xSpace: xSpace, ySpace: ySpace)
            let end = transform.device(segment.x1, segment.y1, xSpace: xSpace, ySpace: ySpace)
            guard start.x.isFinite, start.y.isFinite, end.x.isFinite, end.y.isFinite else { continue }
            let key = SIMD4<Int64>(
                Int64(clamping: Int((start.x * subpixels).rounded())), Int64(clamping: Int((start.y * subpixels).rounded())),
                Int64(clamping: Int((end.x * subpixels).rounded())), Int64(clamping: Int((end.y * subpixels).rounded())))
            guard seen.insert(key).inserted else { continue }
            path.move(to: start)
            path.line(to: end)
        }
        return path
    }
}
