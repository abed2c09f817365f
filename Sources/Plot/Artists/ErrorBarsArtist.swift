/// Error bars (matplotlib's `errorbar` lines and caps, as `errorbar` and
/// `bar(yerr=…, capsize=…)` draw them): a line from `low` to `high` at each
/// position, with a cap across each end `capSize` points long, stamped as
/// matplotlib's `"_"` (or `"|"`) marker.
public struct ErrorBarsArtist: Artist, Sendable {
    /// One bar: its position along the other axis and its two ends.
    public struct Bar: Sendable, Hashable {
        public var position: Double
        public var low: Double
        public var high: Double

        public init(position: Double, low: Double, high: Double) {
            self.position = position
            self.low = low
            self.high = high
        }
    }

    public var bars: [Bar]
    /// `.vertical` for `yerr` (positions along x, errors along y),
    /// `.horizontal` for `xerr`.
    public var orientation: DistributionOrientation
    public var stroke: StrokeStyle
    /// The cap's full length in points (matplotlib's `2 × capsize`); 0 for none.
    public var capSize: Double
    /// The cap's line width in points (`lines.markeredgewidth`).
    public var capWidth: Double
    public var zOrder: Double
    /// The legend entry of the whole error bar plot (matplotlib's
    /// `ErrorbarContainer`), listed after plain artists.
    public var legendEntry: LegendEntry?
    public var isLegendContainer: Bool { true }

    public init(
        bars: [Bar], orientation: DistributionOrientation = .vertical, stroke: StrokeStyle, capSize: Double = 0,
        capWidth: Double = 1, zOrder: Double = 2, legendEntry: LegendEntry? = nil
    ) {
        self.legendEntry = legendEntry
        self.bars = bars
        self.orientation = orientation
        self.stroke = stroke
        self.capSize = capSize
        self.capWidth = capWidth
        self.zOrder = zOrder
    }

    public var dataBounds: DataBounds {
        let positions = bars.map(\.position), ends = bars.flatMap { [$0.low, $0.high] }
        return orientation == .vertical
            ? DataBounds(xValues: positions, yValues: ends) : DataBounds(xValues: ends, yValues: positions)
    }

    /// The device point of a position and a value along the bar.
    private func point(_ position: Double, _ value: Double, _ transform: AxesTransform) -> Point {
        orientation == .vertical ? transform.device(position, value) : transform.device(value, position)
    }

    public func draw(in context: DrawContext) {
        let transform = context.transform
        let visible = bars.filter { $0.position.isFinite && $0.low.isFinite && $0.high.isFinite }
        var lines = Path()
        for bar in visible {
            lines.move(to: point(bar.position, bar.low, transform))
            lines.line(to: point(bar.position, bar.high, transform))
        }
        context.renderer.drawPath(lines, fill: nil, stroke: stroke, clip: context.clip, snap: true)
        guard let cap = capMarker else { return }
        // matplotlib adds the low caps, then the high caps, each a line of markers.
        for end in [\Bar.low, \Bar.high] {
            let centers = visible.map { point($0.position, $0[keyPath: end], transform) }
            cap.draw(at: centers, lineColor: stroke.color, clip: context.clip, with: context.renderer)
        }
    }

    /// The cap marker: `"_"` across vertical bars, `"|"` across horizontal ones.
    var capMarker: MarkerStyle? {
        guard capSize > 0 else { return nil }
        return MarkerStyle(orientation == .vertical ? .horizontalLine : .verticalLine, size: capSize, edgeWidth: capWidth)
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: bars.map { [point($0.position, $0.low, transform), point($0.position, $0.high, transform)] })
    }
}
