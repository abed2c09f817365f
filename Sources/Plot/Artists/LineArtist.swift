/// A polyline through (x, y) points: a curve, a density, a reference line.
///
/// Non-finite points break the line into pieces, as in matplotlib.
public struct LineArtist: Artist, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var stroke: StrokeStyle
    public var xSpace: CoordinateSpace
    public var ySpace: CoordinateSpace
    public var label: String?
    public var zOrder: Double
    public var stickyEdges: StickyEdges

    public init(
        x: [Double], y: [Double], stroke: StrokeStyle, label: String? = nil,
        xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data,
        zOrder: Double = 2, stickyEdges: StickyEdges = StickyEdges()
    ) {
        self.x = x
        self.y = y
        self.stroke = stroke
        self.label = label
        self.xSpace = xSpace
        self.ySpace = ySpace
        self.zOrder = zOrder
        self.stickyEdges = stickyEdges
    }

    public var dataBounds: DataBounds {
        let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
        return DataBounds(
            xValues: xSpace == .data ? finite.map(\.0) : nil, yValues: ySpace == .data ? finite.map(\.1) : nil)
    }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .line(stroke)) }
    }

    /// The finite runs of the line in device coordinates.
    func devicePieces(_ transform: AxesTransform) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        for (xv, yv) in zip(x, y) {
            if xv.isFinite && yv.isFinite {
                current.append(transform.device(xv, yv, xSpace: xSpace, ySpace: ySpace))
            } else if !current.isEmpty {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    public func draw(in context: DrawContext) {
        var path = Path()
        for piece in devicePieces(context.transform) { path.append(Path(polyline: piece)) }
        context.renderer.drawPath(path, fill: nil, stroke: stroke, clip: context.clip, snap: true)
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: devicePieces(transform))
    }
}
