import Foundation

/// The colour strip of a colorbar (matplotlib's `Colorbar.solids`): one
/// cell per colour of the map between boundaries spread evenly in the
/// norm's 0…1 (`_uniform_y`), filled without antialiasing as matplotlib's
/// colorbar mesh is, so each cell's edges land on whole pixels; then the
/// triangles of any extended end, in the map's under and over colours, and
/// the outline around strip and triangles (matplotlib's `outline` spine).
public struct ColorbarSolids: Artist, Sendable {
    public var mapping: ScalarMapping
    /// `.vertical` for a colorbar whose values run up.
    public var orientation: DistributionOrientation
    /// Which ends point beyond the norm's limits.
    public var extend: ColorbarExtend
    /// The outline's stroke (`axes.linewidth`, `axes.edgecolor`).
    public var outline: StrokeStyle
    public var zOrder: Double { 0.5 }

    public init(
        mapping: ScalarMapping, orientation: DistributionOrientation = .vertical, extend: ColorbarExtend = .neither,
        outline: StrokeStyle = StrokeStyle(color: .black, width: 0.8, cap: .projecting, join: .miter)
    ) {
        self.mapping = mapping
        self.orientation = orientation
        self.extend = extend
        self.outline = outline
    }

    public var dataBounds: DataBounds { DataBounds() }

    /// The cell boundaries in data values: the norm's inverse at
    /// `i / N` for a map of N colours.
    public var boundaries: [Double] {
        let count = mapping.colormap.count
        return (0...count).map { index in
            (try? mapping.norm.inverse(Double(index) / Double(count))) ?? .nan
        }
    }

    public func draw(in context: DrawContext) {
        let box = context.transform.box
        let edges = boundaries
        let colors = mapping.colormap.colors
        // A pixel is filled when its centre lies in the cell: round the edges.
        func snap(_ value: Double) -> Double { (value - 0.5).rounded(.up) }
        for index in colors.indices where edges[index].isFinite && edges[index + 1].isFinite {
            let rect: Rect
            if orientation == .vertical {
                let y0 = snap(context.transform.deviceY(edges[index])), y1 = snap(context.transform.deviceY(edges[index + 1]))
                rect = Rect(x0: snap(box.minX), y0: min(y0, y1), x1: snap(box.maxX), y1: max(y0, y1))
            } else {
                let x0 = snap(context.transform.deviceX(edges[index])), x1 = snap(context.transform.deviceX(edges[index + 1]))
                rect = Rect(x0: min(x0, x1), y0: snap(box.minY), x1: max(x0, x1), y1: snap(box.maxY))
            }
            guard rect.width > 0, rect.height > 0 else { continue }
            context.renderer.drawPath(Path(rect: rect), fill: colors[index], stroke: nil, clip: context.clip, snap: false)
        }
        drawExtends(in: context)
    }

    /// The triangles beyond the strip and the outline around everything,
    /// in axes fractions: a triangle reaches ``ColorbarExtend/length`` of
    /// the strip beyond its end, its tip centred across the bar.
    private func drawExtends(in context: DrawContext) {
        let (low, high) = (extend.extendsLow ? -ColorbarExtend.length : 0, extend.extendsHigh ? 1 + ColorbarExtend.length : 1)
        func point(across: Double, along: Double) -> Point {
            orientation == .vertical
                ? context.transform.device(across, along, xSpace: .axesFraction, ySpace: .axesFraction)
                : context.transform.device(along, across, xSpace: .axesFraction, ySpace: .axesFraction)
        }
        if extend.extendsLow {
            var triangle = Path(polyline: [point(across: 0, along: 0), point(across: 0.5, along: low), point(across: 1, along: 0)])
            triangle.close()
            context.renderer.drawPath(triangle, fill: mapping.colormap.under, stroke: nil, clip: nil, snap: false)
        }
        if extend.extendsHigh {
            var triangle = Path(polyline: [point(across: 0, along: 1), point(across: 0.5, along: high), point(across: 1, along: 1)])
            triangle.close()
            context.renderer.drawPath(triangle, fill: mapping.colormap.over, stroke: nil, clip: nil, snap: false)
        }
        var path = Path(polyline: [
            point(across: 0, along: 0), point(across: 0.5, along: low), point(across: 1, along: 0),
            point(across: 1, along: 1), point(across: 0.5, along: high), point(across: 0, along: 1),
        ])
        path.close()
        context.renderer.drawPath(path, fill: nil, stroke: outline, clip: nil, snap: true)
    }
}

/// Which ends of a colorbar point beyond the norm's limits, as triangles in
/// the map's under and over colours (matplotlib's `extend`).
public enum ColorbarExtend: String, Sendable, Hashable, CaseIterable {
    case neither, min, max, both

    /// A triangle's length as a fraction of the strip (matplotlib's default
    /// `extendfrac`, 0.05).
    public static let length = 0.05

    var extendsLow: Bool { self == .min || self == .both }
    var extendsHigh: Bool { self == .max || self == .both }
}
