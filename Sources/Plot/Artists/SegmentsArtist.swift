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
        // One pass, no intermediate arrays: a rug of 10⁶ values is autoscaled in a millisecond.
        var x = FiniteExtent(), y = FiniteExtent()
        for segment in segments {
            x.include(segment.x0)
            x.include(segment.x1)
            y.include(segment.y0)
            y.include(segment.y1)
        }
        return DataBounds(
            x: xSpace == .data ? x.range : nil, y: ySpace == .data ? y.range : nil,
            minPositiveX: xSpace == .data ? x.minimumPositive : nil,
            minPositiveY: ySpace == .data ? y.minimumPositive : nil)
    }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .line(stroke)) }
    }

    public func draw(in context: DrawContext) {
        let path = devicePath(context.transform)
        context.renderer.drawPath(path, fill: nil, stroke: stroke, clip: context.clip, snap: true)
    }

    /// All visible segments as one path, with sub-pixel duplicates removed
    /// (the first segment of each 1/8-pixel key is kept, in order).
    func devicePath(_ transform: AxesTransform) -> Path {
        Self.devicePath(of: segments, xSpace: xSpace, ySpace: ySpace, transform: transform)
    }

    /// `segments` (any sequence, e.g. generated lazily) as one deduplicated path.
    static func devicePath<Segments: Sequence<Segment>>(
        of segments: Segments, xSpace: CoordinateSpace, ySpace: CoordinateSpace, transform: AxesTransform
    ) -> Path {
        var seen = SubpixelSegmentSet(box: transform.box)
        var path = Path()
        for segment in segments {
            let start = transform.device(segment.x0, segment.y0, xSpace: xSpace, ySpace: ySpace)
            let end = transform.device(segment.x1, segment.y1, xSpace: xSpace, ySpace: ySpace)
            guard start.x.isFinite, start.y.isFinite, end.x.isFinite, end.y.isFinite else { continue }
            let key = SIMD4<Int64>(
                SubpixelSegmentSet.key(start.x), SubpixelSegmentSet.key(start.y),
                SubpixelSegmentSet.key(end.x), SubpixelSegmentSet.key(end.y))
            guard seen.insert(key) else { continue }
            path.move(to: start)
            path.line(to: end)
        }
        return path
    }
}

/// The smallest and largest finite value seen and the smallest positive one
/// (``DataBounds/init(xValues:yValues:)`` without the arrays).
struct FiniteExtent {
    private var low = Double.infinity
    private var high = -Double.infinity
    private(set) var minimumPositive: Double?

    mutating func include(_ value: Double) {
        guard value.isFinite else { return }
        low = min(low, value)
        high = max(high, value)
        if value > 0 { minimumPositive = min(minimumPositive ?? value, value) }
    }

    var range: ClosedRange<Double>? { low <= high ? low...high : nil }
}

/// The set of segment keys (end points in 1/8 pixels) already drawn.
///
/// Rug ticks are the common case: vertical segments that all share one y span
/// (or horizontal ones sharing an x span). Those are remembered in a bitmap of
/// 1/8-pixel columns (rows) around the axes box, a few ns per segment; every
/// other key goes to a hash set. Routing depends only on the key and on the span
/// of the first such segment, so a key always meets the same structure and the
/// result equals that of one hash set.
private struct SubpixelSegmentSet {
    static let subpixels = 8.0
    /// Keys are clamped to ±2⁶² so that any finite coordinate converts without trapping.
    private static let keyLimit = Double(1 << 62)

    private var columns: SpanBitmap
    private var rows: SpanBitmap
    private var others = Set<SIMD4<Int64>>()

    init(box: Rect) {
        columns = SpanBitmap(low: box.minX - box.width, high: box.maxX + box.width)
        rows = SpanBitmap(low: box.minY - box.height, high: box.maxY + box.height)
    }

    /// The 1/8-pixel key of a device coordinate.
    static func key(_ coordinate: Double) -> Int64 {
        Int64(min(max((coordinate * subpixels).rounded(), -keyLimit), keyLimit))
    }

    /// Adds `key` (x0, y0, x1, y1); `false` when it was already there.
    mutating func insert(_ key: SIMD4<Int64>) -> Bool {
        if key.x == key.z, let fresh = columns.insert(key.x, span: SIMD2(key.y, key.w)) { return fresh }
        if key.y == key.w, let fresh = rows.insert(key.y, span: SIMD2(key.x, key.z)) { return fresh }
        return others.insert(key).inserted
    }
}

/// Flags for the 1/8-pixel positions `low...high` (device pixels) of segments
/// that share one span, the span of the first segment offered.
private struct SpanBitmap {
    private let origin: Int64
    private var flags: [Bool]
    private var span: SIMD2<Int64>?

    init(low: Double, high: Double) {
        let origin = SubpixelSegmentSet.key(low)
        self.origin = origin
        let count = Int(SubpixelSegmentSet.key(high) - origin) + 1
        flags = [Bool](repeating: false, count: min(max(count, 0), 1 << 20))
    }

    /// Whether `position` is new, or `nil` when this bitmap does not hold it
    /// (another span, or outside the bitmap).
    mutating func insert(_ position: Int64, span: SIMD2<Int64>) -> Bool? {
        if self.span == nil { self.span = span }
        guard self.span == span else { return nil }
        let index = position &- origin
        guard index >= 0, index < Int64(flags.count) else { return nil }
        let fresh = !flags[Int(index)]
        flags[Int(index)] = true
        return fresh
    }
}
