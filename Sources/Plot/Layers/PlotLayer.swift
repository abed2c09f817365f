/// A kind of plot, kept off ``Axes``: it turns its data into artists
/// (estimator → geometry → artists) and says what the axes should adopt
/// (``AxesHints``: default labels, categories, margins, a legend), so that a
/// new kind of plot is a new type, not a new member of `Axes`.
///
/// ```swift
/// struct Stems: PlotLayer {
///     let x: [Double], y: [Double]
///     func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry {
///         let color = context.nextLineColor()
///         let segments = zip(x, y).map { SegmentsArtist.Segment(x0: $0, y0: 0, x1: $0, y1: $1) }
///         return LayerGeometry(artists: [SegmentsArtist(segments: segments, stroke: StrokeStyle(color: color, width: 1))])
///     }
/// }
/// try axes.add(Stems(x: [1, 2, 3], y: [3, 1, 2]))
/// ```
public protocol PlotLayer {
    /// The artists of the layer and the hints for its axes, built with what
    /// `context` knows of the axes (theme, axes, colour cycles).
    func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry
}

/// What a layer may read and take while it builds its geometry: the theme,
/// the two axes (a layer may place categories on them) and the axes' colour
/// cycles.
public struct LayerContext {
    public let theme: Theme
    public var xAxis: Axis
    public var yAxis: Axis
    private var lineColors: Int
    private var patchColors: Int

    init(theme: Theme, xAxis: Axis, yAxis: Axis, lineColors: Int, patchColors: Int) {
        self.theme = theme
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.lineColors = lineColors
        self.patchColors = patchColors
    }

    /// The next colour of the line cycle (see ``Axes/nextLineColor()``).
    public mutating func nextLineColor() -> Color {
        defer { lineColors += 1 }
        return theme.colorCycle[lineColors % theme.colorCycle.count]
    }

    /// The next colour of the patch cycle (see ``Axes/nextPatchColor()``).
    public mutating func nextPatchColor() -> Color {
        defer { patchColors += 1 }
        return theme.colorCycle[patchColors % theme.colorCycle.count]
    }

    /// How many colours of each cycle the layer took.
    var cycleUse: (lines: Int, patches: Int) { (lineColors, patchColors) }
}

/// The artists a layer draws and what its axes should adopt.
public struct LayerGeometry {
    public var artists: [any Artist]
    public var hints: AxesHints

    public init(artists: [any Artist], hints: AxesHints = AxesHints()) {
        self.artists = artists
        self.hints = hints
    }
}

/// What a layer suggests to its axes; the axes take a label only where the
/// user has set none, as seaborn's default labels do.
public struct AxesHints: Sendable {
    public var xLabel: String?
    public var yLabel: String?
    /// A legend to show (e.g. of groups), replacing none the user asked for.
    public var legend: LegendOptions?

    public init(xLabel: String? = nil, yLabel: String? = nil, legend: LegendOptions? = nil) {
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.legend = legend
    }
}

extension Axes {
    /// Builds `layer` and adds its artists, applying its hints.
    ///
    /// - Returns: what the layer built, for inspection.
    @discardableResult
    public func add(_ layer: some PlotLayer) throws(PlotError) -> LayerGeometry {
        let start = colorCycleUse
        var context = LayerContext(
            theme: theme, xAxis: xAxis, yAxis: yAxis, lineColors: start.lines, patchColors: start.patches)
        let geometry = try layer.geometry(in: &context)
        xAxis = context.xAxis
        yAxis = context.yAxis
        colorCycleUse = context.cycleUse
        for artist in geometry.artists { add(artist) }
        let hints = geometry.hints
        if let label = hints.xLabel, xLabel.isEmpty { xLabel = label }
        if let label = hints.yLabel, yLabel.isEmpty { yLabel = label }
        if let legend = hints.legend, self.legend == nil { showLegend(legend) }
        return geometry
    }
}
