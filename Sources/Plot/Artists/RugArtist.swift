/// Short ticks at each value along one axis, from the axis edge into the
/// axes (seaborn's `rugplot`, matplotlib's `LineCollection` with x in data
/// and y in axes coordinates).
///
/// The values are kept as given — an array shared with the caller's, not a
/// copy — and the ticks are generated while drawing, deduplicated at 1/8
/// pixel like ``SegmentsArtist``'s: a rug of 10⁷ values costs no memory
/// beyond the data. NaN and infinite values are skipped.
public struct RugArtist: Artist, Sendable {
    public var values: [Double]
    /// `.vertical`: ticks along the x axis; `.horizontal`: along the y axis.
    public var orientation: DistributionOrientation
    /// Tick length as a fraction of the axes height (width when horizontal).
    public var height: Double
    public var stroke: StrokeStyle
    public var label: String?
    public var zOrder: Double

    public init(
        values: [Double], orientation: DistributionOrientation = .vertical, height: Double = 0.025,
        stroke: StrokeStyle, label: String? = nil, zOrder: Double = 2
    ) {
        self.values = values
        self.orientation = orientation
        self.height = height
        self.stroke = stroke
        self.label = label
        self.zOrder = zOrder
    }

    /// The ticks as segments (x in data and y in axes fraction when vertical).
    public var segments: [SegmentsArtist.Segment] { Array(lazySegments) }

    private var lazySegments: some Sequence<SegmentsArtist.Segment> {
        values.lazy.filter(\.isFinite).map { [orientation, height] value in
            orientation == .vertical
                ? SegmentsArtist.Segment(x0: value, y0: 0, x1: value, y1: height)
                : SegmentsArtist.Segment(x0: 0, y0: value, x1: height, y1: value)
        }
    }

    /// The values widen the limits of their own axis only.
    public var dataBounds: DataBounds {
        var extent = FiniteExtent()
        for value in values { extent.include(value) }
        return orientation == .vertical
            ? DataBounds(x: extent.range, minPositiveX: extent.minimumPositive)
            : DataBounds(y: extent.range, minPositiveY: extent.minimumPositive)
    }

    public var legendEntry: LegendEntry? {
        label.map { LegendEntry(label: $0, handle: .line(stroke)) }
    }

    public func draw(in context: DrawContext) {
        let path = SegmentsArtist.devicePath(
            of: lazySegments, xSpace: orientation == .vertical ? .data : .axesFraction,
            ySpace: orientation == .vertical ? .axesFraction : .data, transform: context.transform)
        context.renderer.drawPath(path, fill: nil, stroke: stroke, clip: context.clip, snap: true)
    }
}
