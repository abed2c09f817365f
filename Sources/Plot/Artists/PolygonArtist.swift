/// A closed, filled region in data coordinates: the area under a density,
/// the band of `fillBetween`.
public struct PolygonArtist: Artist, Sendable {
    /// The outline, in data coordinates; it is closed automatically.
    public var vertices: [Point]
    public var fill: Color?
    public var edge: StrokeStyle?
    public var label: String?
    public var zOrder: Double
    public var stickyEdges: StickyEdges

    public init(
        vertices: [Point], fill: Color?, edge: StrokeStyle? = nil, label: String? = nil,
        zOrder: Double = 1, stickyEdges: StickyEdges = StickyEdges()
    ) {
        self.vertices = vertices
        self.fill = fill
        self.edge = edge
        self.label = label
        self.zOrder = zOrder
        self.stickyEdges = stickyEdges
    }

    public var dataBounds: DataBounds {
        DataBounds(xValues: vertices.map(\.x), yValues: vertices.map(\.y))
    }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .patch(fill: fill, edge: edge)) }
    }

    func deviceVertices(_ transform: AxesTransform) -> [Point] {
        vertices.filter { $0.x.isFinite && $0.y.isFinite }.map { transform.device($0.x, $0.y) }
    }

    public func draw(in context: DrawContext) {
        let points = deviceVertices(context.transform)
        guard points.count >= 3 else { return }
        var path = Path(polyline: points)
        path.close()
        context.renderer.drawPath(path, fill: fill, stroke: edge, clip: context.clip, snap: false)
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: [deviceVertices(transform)])
    }
}
