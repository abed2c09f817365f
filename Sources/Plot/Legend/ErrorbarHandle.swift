/// The legend sample of an error bar plot (matplotlib's `HandlerErrorbar`):
/// an error bar through the middle of the handle box, its caps, then the
/// data line and its marker.
public struct ErrorbarHandle: LegendHandle {
    /// The data line's sample (its line and marker), when it has one.
    public var line: LineHandle?
    public var barStroke: StrokeStyle
    /// The cap marker at each end of the sample's bars.
    public var cap: MarkerStyle?
    public var hasXError: Bool
    public var hasYError: Bool
    /// Half the length of the sample's bars, in points (half the legend's
    /// font size).
    public var errorSize: Double

    public init(
        line: LineHandle?, barStroke: StrokeStyle, cap: MarkerStyle?, hasXError: Bool, hasYError: Bool,
        errorSize: Double
    ) {
        self.line = line
        self.barStroke = barStroke
        self.cap = cap
        self.hasXError = hasXError
        self.hasYError = hasYError
        self.errorSize = errorSize
    }

    public func draw(in box: Rect, lineY: Double, with renderer: any Renderer) {
        let center = Point(box.midX, lineY)
        let half = renderer.pixels(fromPoints: errorSize)
        var ends: [(Point, Point, Marker)] = []
        if hasXError {
            ends.append((Point(center.x - half, center.y), Point(center.x + half, center.y), .verticalLine))
        }
        if hasYError {
            ends.append((Point(center.x, center.y - half), Point(center.x, center.y + half), .horizontalLine))
        }
        for (start, end, _) in ends {
            renderer.drawPath(Path(polyline: [start, end]), fill: nil, stroke: barStroke, clip: nil, snap: true)
        }
        if var cap {
            for (start, end, marker) in ends {
                cap.marker = marker
                cap.draw(at: [start, end], lineColor: barStroke.color, clip: nil, with: renderer)
            }
        }
        line?.draw(in: box, lineY: lineY, with: renderer)
    }
}
