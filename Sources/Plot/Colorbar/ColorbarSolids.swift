import Foundation

/// The colour strip of a colorbar (matplotlib's `Colorbar.solids`): one
/// cell per colour of the map between boundaries spread evenly in the
/// norm's 0…1 (`_uniform_y`), filled without antialiasing as matplotlib's
/// colorbar mesh is, so each cell's edges land on whole pixels.
public struct ColorbarSolids: Artist, Sendable {
    public var mapping: ScalarMapping
    /// `.vertical` for a colorbar whose values run up.
    public var orientation: DistributionOrientation
    public var zOrder: Double { 0.5 }

    public init(mapping: ScalarMapping, orientation: DistributionOrientation = .vertical) {
        self.mapping = mapping
        self.orientation = orientation
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
    }
}
