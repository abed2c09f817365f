/// seaborn's `rugplot` as a plot layer: a short tick at the edge of the
/// axes for each value (NaN and infinite values are skipped).
///
/// ```swift
/// try axes.add(RugPlot(sample))
/// ```
public struct RugPlot: PlotLayer {
    public typealias Failure = Never

    public var values: [Double]
    public var orientation: DistributionOrientation
    public var style: RugStyle
    public var label: String?

    public init(
        _ values: [Double], orientation: DistributionOrientation = .vertical, style: RugStyle = RugStyle(),
        label: String? = nil
    ) {
        self.values = values
        self.orientation = orientation
        self.style = style
        self.label = label
    }

    /// One ``RugArtist``, also the summary; with `style.expandMargins`, the
    /// margin of the heights' axis grows by twice the tick height, as
    /// seaborn's does.
    public func geometry(in context: inout LayerContext) -> LayerGeometry<RugArtist> {
        let color = style.color ?? context.nextLineColor()
        if style.expandMargins { context[heightsOf: orientation].margin += 2 * style.height }
        let rug = RugArtist(
            values: values, orientation: orientation, height: style.height,
            stroke: StrokeStyle(color: color, width: style.lineWidth), label: label)
        return LayerGeometry(artists: [rug], summary: rug)
    }
}
