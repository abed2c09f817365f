/// Error bars (matplotlib's `errorbar` lines and caps, as `bar(yerr=…,
/// capsize=…)` draws them): a line from `low` to `high` at each position,
/// with a cap across each end `capSize` points long.
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

    public init(
        bars: [Bar], orientation: DistributionOrientation = .vertical, stroke: StrokeStyle, capSize: Double = 0,
        capWidth: Double = 1, zOrder: Double = 2
    ) {
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
        guard capSize > 0 else { return }
        let half = context.renderer.pixels(fromPoints: capSize) / 2
        var caps = Path()
        for bar in visible {
            for end in [bar.low, bar.high] {
                let center = point(bar.position, end, transform)
                if orientation == .vertical {
                    caps.move(to: Point(center.x - half, center.y))
                    caps.line(to: Point(center.x + half, center.y))
                } else {
                    caps.move(to: Point(center.x, center.y - half))
                    caps.line(to: Point(center.x, center.y + half))
                }
            }
        }
        let capStroke = StrokeStyle(color: stroke.color, width: capWidth, cap: .butt, join: .miter)
        context.renderer.drawPath(caps, fill: nil, stroke: capStroke, clip: context.clip, snap: true)
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: bars.map { [point($0.position, $0.low, transform), point($0.position, $0.high, transform)] })
    }
}
