/// Axis-aligned rectangles sharing one style: histogram bars, bar charts.
///
/// Each bar is drawn as its own rectangle, snapped to whole pixels on raster
/// output as matplotlib snaps `Rectangle` patches.
public struct BarsArtist: Artist, Sendable {
    /// One bar in data coordinates.
    public struct Bar: Sendable, Hashable {
        public var x0: Double
        public var x1: Double
        public var y0: Double
        public var y1: Double

        public init(x0: Double, x1: Double, y0: Double, y1: Double) {
            self.x0 = x0
            self.x1 = x1
            self.y0 = y0
            self.y1 = y1
        }
    }

    public var bars: [Bar]
    public var fill: Color?
    public var edge: StrokeStyle?
    /// A rule that sets the edge width when the bars are drawn (seaborn's
    /// histogram edges); `edge`'s own width when `nil`.
    public var edgeThinning: BarEdgeThinning?
    public var label: String?
    public var zOrder: Double
    public var stickyEdges: StickyEdges

    public init(
        bars: [Bar], fill: Color?, edge: StrokeStyle? = nil, edgeThinning: BarEdgeThinning? = nil,
        label: String? = nil, zOrder: Double = 1, stickyEdges: StickyEdges = StickyEdges()
    ) {
        self.bars = bars
        self.fill = fill
        self.edge = edge
        self.edgeThinning = edgeThinning
        self.label = label
        self.zOrder = zOrder
        self.stickyEdges = stickyEdges
    }

    public var dataBounds: DataBounds {
        DataBounds(xValues: bars.flatMap { [$0.x0, $0.x1] }, yValues: bars.flatMap { [$0.y0, $0.y1] })
    }

    /// Bars are a container in matplotlib's legend order.
    public var isLegendContainer: Bool { true }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .patch(fill: fill, edge: edge)) }
    }

    func deviceRects(_ transform: AxesTransform) -> [Rect] {
        bars.compactMap { bar in
            guard bar.x0.isFinite, bar.x1.isFinite, bar.y0.isFinite, bar.y1.isFinite else { return nil }
            return Rect(
                x0: transform.deviceX(bar.x0), y0: transform.deviceY(bar.y0),
                x1: transform.deviceX(bar.x1), y1: transform.deviceY(bar.y1))
        }
    }

    public func draw(in context: DrawContext) {
        var stroke = edge
        if let edgeThinning {
            stroke?.width = edgeThinning.width(transform: context.transform, dpi: context.renderer.dpi)
        }
        for rect in deviceRects(context.transform) {
            context.renderer.drawPath(Path(rect: rect), fill: fill, stroke: stroke, clip: context.clip, snap: true)
        }
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(boxes: deviceRects(transform))
    }
}
