/// A polyline through (x, y) points, optionally with a marker at each point:
/// a curve, a density, a reference line, a marked series (matplotlib's
/// `Line2D`).
///
/// Non-finite points break the line into pieces, as in matplotlib.
public struct LineArtist: Artist, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var stroke: StrokeStyle
    /// Whether the line itself is drawn (false for matplotlib's
    /// `linestyle="none"`, e.g. the format string `"o"`).
    public var drawsLine: Bool
    /// The marker at each point, drawn over the line.
    public var marker: MarkerStyle?
    /// How the points are joined: straight or in steps (matplotlib's
    /// `drawstyle`); markers stay on the points.
    public var drawStyle: DrawStyle
    public var xSpace: CoordinateSpace
    public var ySpace: CoordinateSpace
    public var label: String?
    public var zOrder: Double
    public var stickyEdges: StickyEdges

    public init(
        x: [Double], y: [Double], stroke: StrokeStyle, drawsLine: Bool = true, marker: MarkerStyle? = nil,
        drawStyle: DrawStyle = .straight, label: String? = nil, xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data,
        zOrder: Double = 2, stickyEdges: StickyEdges = StickyEdges()
    ) {
        self.x = x
        self.y = y
        self.stroke = stroke
        self.drawsLine = drawsLine
        self.marker = marker
        self.drawStyle = drawStyle
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
        label.map { LegendEntry(label: $0, handle: LineHandle(stroke: stroke, drawsLine: drawsLine, marker: marker)) }
    }

    /// The finite runs of the line in device coordinates.
    func devicePieces(_ transform: AxesTransform) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        let (xs, ys) = drawStyle.vertices(x: x, y: y)
        for (xv, yv) in zip(xs, ys) {
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
        if drawsLine {
            var path = Path()
            for piece in devicePieces(context.transform) { path.append(Path(polyline: piece)) }
            context.renderer.drawPath(path, fill: nil, stroke: stroke, clip: context.clip, snap: true)
        }
        if let marker {
            let positions = marker.every.indices(count: min(x.count, y.count)).map { index in
                context.transform.device(x[index], y[index], xSpace: xSpace, ySpace: ySpace)
            }
            marker.draw(at: positions, lineColor: stroke.color, clip: context.clip, with: context.renderer)
        }
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: devicePieces(transform))
    }
}

/// How a line joins its points (matplotlib's `drawstyle`).
public enum DrawStyle: String, Hashable, Sendable {
    /// Straight segments (`"default"`).
    case straight = "default"
    /// Each step rises at the start of its interval (`"steps-pre"`, `where="pre"`).
    case stepsPre = "steps-pre"
    /// Each step rises at the end of its interval (`"steps-post"`).
    case stepsPost = "steps-post"
    /// Each step rises halfway between points (`"steps-mid"`).
    case stepsMid = "steps-mid"

    /// The vertices drawn through the points, as matplotlib's
    /// `pts_to_prestep`, `pts_to_poststep` and `pts_to_midstep`.
    public func vertices(x: [Double], y: [Double]) -> (x: [Double], y: [Double]) {
        let count = min(x.count, y.count)
        guard self != .straight, count > 1 else { return (x, y) }
        var xs: [Double] = [], ys: [Double] = []
        switch self {
        case .straight:
            break
        case .stepsPre, .stepsPost:
            for index in 0..<count {
                if index > 0 {
                    xs.append(self == .stepsPre ? x[index - 1] : x[index])
                    ys.append(self == .stepsPre ? y[index] : y[index - 1])
                }
                xs.append(x[index])
                ys.append(y[index])
            }
        case .stepsMid:
            xs.append(x[0])
            for index in 0..<(count - 1) {
                let middle = (x[index] + x[index + 1]) / 2
                xs += [middle, middle]
            }
            xs.append(x[count - 1])
            ys = (0..<count).flatMap { [y[$0], y[$0]] }
        }
        return (xs, ys)
    }
}
