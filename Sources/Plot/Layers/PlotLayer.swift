/// A kind of plot, kept off ``Axes``: it turns its data into artists
/// (estimator → geometry → artists) and says what the axes should adopt
/// (``AxesHints``: default labels, a legend), so that a new kind of plot is
/// a new type, not a new member of `Axes`.
///
/// A layer may also return what it computed (its ``Summary``: bins, curves,
/// warnings), which `axes.add(layer)` hands back to the caller.
///
/// ```swift
/// struct Stems: PlotLayer {
///     let x: [Double], y: [Double]
///     func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<Void> {
///         let color = context.nextLineColor()
///         let segments = zip(x, y).map { SegmentsArtist.Segment(x0: $0, y0: 0, x1: $0, y1: $1) }
///         return LayerGeometry(artists: [SegmentsArtist(segments: segments, stroke: StrokeStyle(color: color, width: 1))])
///     }
/// }
/// try axes.add(Stems(x: [1, 2, 3], y: [3, 1, 2]))
/// ```
public protocol PlotLayer {
    /// What the layer computed besides its artists (`Void` when nothing).
    associatedtype Summary = Void
    /// The error the layer throws for unusable input.
    associatedtype Failure: Error = any Error

    /// The artists of the layer and the hints for its axes, built with what
    /// `context` knows of the axes (theme, axes, colour cycles, data so far).
    /// A layer may change the axes in `context` (a log scale for log data,
    /// categories, a wider margin).
    func geometry(in context: inout LayerContext) throws(Failure) -> LayerGeometry<Summary>
}

/// The artists a layer draws, what its axes should adopt, and what it
/// computed.
public struct LayerGeometry<Summary> {
    public var artists: [any Artist]
    public var hints: AxesHints
    /// What the layer computed (e.g. a histogram's bins and heights).
    public var summary: Summary

    public init(artists: [any Artist], hints: AxesHints = AxesHints(), summary: Summary) {
        self.artists = artists
        self.hints = hints
        self.summary = summary
    }
}

extension LayerGeometry where Summary == Void {
    /// Artists and hints of a layer that reports nothing else.
    public init(artists: [any Artist], hints: AxesHints = AxesHints()) {
        self.init(artists: artists, hints: hints, summary: ())
    }
}

/// What a layer suggests to its axes; the axes take a label only where the
/// user has set none, as seaborn's default labels do.
public struct AxesHints: Sendable {
    public var xLabel: String?
    public var yLabel: String?
    /// A legend to show (e.g. of groups); it replaces any legend asked for
    /// before, as seaborn's call to `ax.legend(...)` does.
    public var legend: LegendOptions?

    public init(xLabel: String? = nil, yLabel: String? = nil, legend: LegendOptions? = nil) {
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.legend = legend
    }

    /// These hints with `other`'s set values taking precedence, for a layer
    /// built from other layers.
    public func merging(_ other: AxesHints) -> AxesHints {
        AxesHints(xLabel: other.xLabel ?? xLabel, yLabel: other.yLabel ?? yLabel, legend: other.legend ?? legend)
    }
}

extension Axes {
    /// Builds `layer` and adds its artists, applying its hints.
    ///
    /// - Returns: what the layer built (its artists and summary), for
    ///   inspection.
    /// - Throws: the layer's error; the axes are left as they were.
    @discardableResult
    public func add<Layer: PlotLayer>(_ layer: Layer) throws(Layer.Failure) -> LayerGeometry<Layer.Summary> {
        var context = LayerContext(axes: self)
        let geometry = try layer.geometry(in: &context)
        xAxis = context.xAxis
        yAxis = context.yAxis
        colorCycleUse = context.cycleUse
        for artist in geometry.artists { add(artist) }
        let hints = geometry.hints
        if let label = hints.xLabel, xLabel.isEmpty { xLabel = label }
        if let label = hints.yLabel, yLabel.isEmpty { yLabel = label }
        if let legend = hints.legend { showLegend(legend) }
        return geometry
    }
}
