import Foundation

/// A marker at each point with its own area and colours (matplotlib's
/// `PathCollection` from `scatter`), in z-order 1.
///
/// Markers that all share one area and one set of colours are stamped with
/// ``Renderer/drawMarkers(_:at:fill:stroke:clip:snap:)``, as matplotlib's
/// collections then call `draw_markers` (on PNG the positions round to
/// whole pixels); otherwise each is drawn at its exact position, as
/// `draw_path_collection` does.
public struct ScatterArtist: Artist, Sendable {
    public var x: [Double]
    public var y: [Double]
    public var marker: Marker
    /// Areas in points², one for all points or one per point.
    public var sizes: [Double]
    /// Fills, one for all points or one per point (none for line markers).
    public var faceColors: [Color]
    /// Outlines, one for all or one per point; the fills when `nil`
    /// (matplotlib's `edgecolors="face"`).
    public var edgeColors: [Color]?
    /// The outline width in points (`lines.linewidth`).
    public var lineWidth: Double
    /// How the points were coloured by value, for a colorbar.
    public var mapping: ScalarMapping?
    public var label: String?
    public var zOrder: Double

    public init(
        x: [Double], y: [Double], marker: Marker = .circle, sizes: [Double], faceColors: [Color],
        edgeColors: [Color]? = nil, lineWidth: Double = 1.5, mapping: ScalarMapping? = nil, label: String? = nil,
        zOrder: Double = 1
    ) {
        self.mapping = mapping
        self.x = x
        self.y = y
        self.marker = marker
        self.sizes = sizes
        self.faceColors = faceColors
        self.edgeColors = edgeColors
        self.lineWidth = lineWidth
        self.label = label
        self.zOrder = zOrder
    }

    public var dataBounds: DataBounds {
        let finite = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
        return DataBounds(xValues: finite.map(\.0), yValues: finite.map(\.1))
    }

    public var legendEntry: LegendEntry? {
        label.map { label in
            LegendEntry(label: label, handle: ScatterHandle(
                marker: marker, size: (sizes.max() ?? 36) / 2 + (sizes.min() ?? 36) / 2, face: face(0), edge: edge(0),
                lineWidth: lineWidth))
        }
    }

    /// The value of a per-point list at `index` (the first for a single value).
    private func value<T>(_ values: [T], _ index: Int) -> T? {
        values.isEmpty ? nil : values[values.count == 1 ? 0 : index % values.count]
    }

    func face(_ index: Int) -> Color? { marker.isFilled ? value(faceColors, index) : nil }
    func edge(_ index: Int) -> Color? { edgeColors.map { value($0, index) } ?? value(faceColors, index) }

    /// The outline of a marker of `area` points² in device units (y down).
    static func outline(_ marker: Marker, area: Double, dpi: Double) -> Path {
        let scale = area.squareRoot() * dpi / 72
        return marker.path.applying(AffineTransform().scaled(scale, -scale))
    }

    /// Whether every marker looks the same (matplotlib's single-path
    /// optimisation in `Collection.draw`).
    var isUniform: Bool { sizes.count == 1 && faceColors.count == 1 && (edgeColors?.count ?? 1) == 1 }

    /// The outline of marker `index`, when it has one.
    private func stroke(_ index: Int) -> StrokeStyle? {
        edge(index).map { StrokeStyle(color: $0, width: lineWidth, cap: marker.cap, join: marker.join) }
    }

    public func draw(in context: DrawContext) {
        let renderer = context.renderer
        if isUniform {
            guard let area = sizes.first, area > 0 else { return }
            let positions = zip(x, y).map { context.transform.device($0.0, $0.1) }
            renderer.drawMarkers(
                Self.outline(marker, area: area, dpi: renderer.dpi), at: positions, fill: face(0), stroke: stroke(0),
                clip: context.clip, snap: .automatic)
            return
        }
        var outlines: [Double: Path] = [:]
        for index in 0..<min(x.count, y.count) {
            let point = context.transform.device(x[index], y[index])
            guard point.x.isFinite, point.y.isFinite, let area = value(sizes, index), area > 0 else { continue }
            let outline = outlines[area] ?? Self.outline(marker, area: area, dpi: renderer.dpi)
            outlines[area] = outline
            renderer.drawPath(
                outline.translated(dx: point.x, dy: point.y), fill: face(index), stroke: stroke(index),
                clip: context.clip, snap: false)
        }
    }

    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles {
        LegendObstacles(polylines: zip(x, y).map { [transform.device($0.0, $0.1)] })
    }
}

/// The legend sample of a scatter (matplotlib's `HandlerPathCollection`
/// with one point): the marker at the mean of the largest and smallest
/// areas, centred across the box and 3/8 of its height up, stamped as a
/// one-point collection is.
public struct ScatterHandle: LegendHandle {
    public var marker: Marker
    /// The area in points².
    public var size: Double
    public var face: Color?
    public var edge: Color?
    public var lineWidth: Double

    public init(marker: Marker, size: Double, face: Color?, edge: Color?, lineWidth: Double) {
        self.marker = marker
        self.size = size
        self.face = face
        self.edge = edge
        self.lineWidth = lineWidth
    }

    public func draw(in box: Rect, lineY: Double, with renderer: any Renderer) {
        let stroke = edge.map { StrokeStyle(color: $0, width: lineWidth, cap: marker.cap, join: marker.join) }
        renderer.drawMarkers(
            ScatterArtist.outline(marker, area: size, dpi: renderer.dpi),
            at: [Point(box.midX, box.maxY - 3 / 8 * box.height)], fill: face, stroke: stroke, clip: nil,
            snap: .automatic)
    }
}
