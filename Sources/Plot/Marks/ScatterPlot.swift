/// matplotlib's `ax.scatter` as a plot layer: a marker at each point, with
/// one area or one per point, and one colour, one per point, or a value per
/// point mapped through a colour map (`c=values, cmap=…, norm=…`).
///
/// ```swift
/// try axes.add(ScatterPlot(x: x, y: y, sizes: [12], alpha: 0.5, label: "data"))
/// try axes.add(ScatterPlot(x: x, y: y, values: z, colormap: .magma))
/// ```
public struct ScatterPlot: PlotLayer {
    public var x: [Double]
    public var y: [Double]
    /// Areas in points² (`s`): one for every point or one per point;
    /// `lines.markersize`² (36) when empty.
    public var sizes: [Double]
    /// Colours, one or one per point; the next colour of the patch cycle
    /// when empty (matplotlib takes scatter colours from that cycle).
    public var colors: [Color]
    public var marker: Marker
    /// A value per point to colour by (matplotlib's numeric `c`); overrides
    /// `colors`. Points whose value is not finite are left out, as
    /// matplotlib's `plotnonfinite=False` does.
    public var values: [Double]?
    /// The map `values` are coloured through.
    public var colormap: Colormap
    /// How `values` map to 0…1; a ``Normalize`` autoscaled to the finite
    /// values when `nil` (matplotlib's `vmin`/`vmax` go in a norm).
    public var norm: (any ColorNormalization)?
    /// Opacity applied to fills and outlines.
    public var alpha: Double?
    /// Outline colours; the fills' when `nil` (`edgecolors="face"`).
    public var edgeColors: [Color]?
    /// Outline width in points; when `nil`, the theme's patch line width
    /// for filled markers and its line width for line markers (`x`, `+`),
    /// as matplotlib's collection and `lines.linewidth` defaults give.
    public var lineWidth: Double?
    public var label: String?

    public init(
        x: [Double], y: [Double], sizes: [Double] = [], colors: [Color] = [], values: [Double]? = nil,
        colormap: Colormap = .viridis, norm: (any ColorNormalization)? = nil, marker: Marker = .circle,
        alpha: Double? = nil, edgeColors: [Color]? = nil, lineWidth: Double? = nil, label: String? = nil
    ) {
        self.x = x
        self.y = y
        self.sizes = sizes
        self.colors = colors
        self.values = values
        self.colormap = colormap
        self.norm = norm
        self.marker = marker
        self.alpha = alpha
        self.edgeColors = edgeColors
        self.lineWidth = lineWidth
        self.label = label
    }

    /// One ``ScatterArtist``, also the summary.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for lengths that differ
    ///   from the points' (other than one value for all), or a negative or
    ///   non-finite size.
    public func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<ScatterArtist> {
        guard x.count == y.count else { throw .invalidArgument("scatter: x has \(x.count) values but y has \(y.count)") }
        for (name, count) in [("sizes", sizes.count), ("colors", colors.count), ("edgeColors", edgeColors?.count ?? 1)]
        where count > 1 && count != x.count {
            throw .invalidArgument("scatter: \(x.count) points but \(count) \(name)")
        }
        if let bad = sizes.first(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidArgument("scatter: marker sizes must be finite and not negative, got \(bad)")
        }
        var (x, y, sizes) = (self.x, self.y, self.sizes)
        var faces = colors
        var mapping: ScalarMapping?
        if let values {
            guard values.count == x.count else {
                throw .invalidArgument("scatter: \(x.count) points but \(values.count) values")
            }
            let kept = values.indices.filter { values[$0].isFinite }
            let colorMapping = try ScalarMapping(colormap: colormap, norm: norm, values: values)
            mapping = colorMapping
            faces = kept.map { colorMapping.color(values[$0]) }
            (x, y) = (kept.map { x[$0] }, kept.map { y[$0] })
            if sizes.count > 1 { sizes = kept.map { sizes[$0] } }
            if faces.isEmpty { faces = [colormap.bad] }
        } else if faces.isEmpty {
            faces = [context.nextPatchColor()]
        }
        func faded(_ colors: [Color]) -> [Color] { alpha.map { a in colors.map { $0.withAlpha(a) } } ?? colors }
        let scatter = ScatterArtist(
            x: x, y: y, marker: marker, sizes: sizes.isEmpty ? [36] : sizes, faceColors: faded(faces),
            edgeColors: edgeColors.map(faded), lineWidth: lineWidth ?? (marker.isFilled ? context.theme.patchLineWidth : context.theme.lineWidth),
            mapping: mapping, label: label)
        return LayerGeometry(artists: [scatter], summary: scatter)
    }
}

extension Axes {
    /// A marker at each point (matplotlib's `ax.scatter(x, y, s=…, c=…,
    /// alpha=…)`); see ``ScatterPlot``.
    @discardableResult
    public func scatter(
        _ x: [Double], _ y: [Double], sizes: [Double] = [], colors: [Color] = [], values: [Double]? = nil,
        colormap: Colormap = .viridis, norm: (any ColorNormalization)? = nil, marker: Marker = .circle,
        alpha: Double? = nil, edgeColors: [Color]? = nil, lineWidth: Double? = nil, label: String? = nil
    ) throws(PlotError) -> ScatterArtist {
        try add(ScatterPlot(
            x: x, y: y, sizes: sizes, colors: colors, values: values, colormap: colormap, norm: norm, marker: marker,
            alpha: alpha, edgeColors: edgeColors, lineWidth: lineWidth, label: label)).summary
    }
}
