import Stats

/// The histograms a `histplot` drew.
public struct HistogramPlotResult: Sendable {
    /// One drawn histogram: its bins and bar heights in the chosen stat
    /// (after common normalisation, before stacking or dodging).
    public struct Layer: Sendable {
        public var group: String
        public var edges: [Double]
        public var heights: [Double]
        /// The density overlay, scaled to the histogram, when asked for.
        public var kde: KDECurve?
    }

    public var layers: [Layer]
    /// NaN and infinite values removed, over all groups.
    public var dropped: Int
    public var warnings: [PlotWarning]
}

/// seaborn's `histplot` on these axes: each call adds a ``HistogramPlot``.
extension Axes {
    /// A histogram of `data`, as seaborn's `histplot(x=data)`.
    ///
    /// ```swift
    /// try axes.histplot(sample, options: HistogramOptions(stat: .density), kde: true)
    /// try axes.histplot(incomes, logScale: true)   // bins equal in log10(x), on a log axis
    /// ```
    ///
    /// With `logScale`, the value axis becomes logarithmic and the bins (and
    /// any KDE) are computed on log10 of the positive values, as seaborn's
    /// `log_scale=True` does; values ≤ 0 are dropped and counted in `dropped`.
    @discardableResult
    public func histplot(
        _ data: [Double], weights: [Double]? = nil, options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, element: HistogramElement = .bars, fill: Bool = true,
        shrink: Double = 1, kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay,
        kdeStyle: CurveStyle = CurveStyle(), logScale: Bool = false, color: Color? = nil, alpha: Double? = nil,
        label: String? = nil
    ) throws -> HistogramPlotResult {
        try add(HistogramPlot(
            data, weights: weights, options: options, orientation: orientation, element: element, fill: fill,
            shrink: shrink, kde: kde, kdeOptions: kdeOptions, kdeStyle: kdeStyle, logScale: logScale, color: color,
            alpha: alpha, label: label)).summary
    }

    /// Histograms of several groups in the palette's colours, with a legend,
    /// as seaborn's `histplot(x=..., hue=...)`.
    ///
    /// - Parameters:
    ///   - groups: the named subsets, one histogram and legend entry each
    ///     (seaborn's `hue` levels), in the palette's order.
    ///   - options: the stat and the bins (seaborn's `stat`, `bins`,
    ///     `binwidth`, `binrange`, `discrete`).
    ///   - orientation: `.horizontal` puts the values on the y axis.
    ///   - layout: `.layer` (overlapping), `.stack`, `.fill` (stacked to 1)
    ///     or `.dodge` (side by side in each bin).
    ///   - commonBins: one set of bins for all groups.
    ///   - commonNorm: normalise over all groups together (not for counts).
    ///   - element: `.bars`, `.step` or `.poly` (seaborn's `element`).
    ///   - fill: whether to fill the bars or the area under the step or
    ///     polygon.
    ///   - shrink: the bar width as a fraction of the bin width, in (0, 1].
    ///   - kde: whether to draw each group's density curve, scaled to its
    ///     histogram.
    ///   - kdeOptions: how those curves are estimated; by default they stop
    ///     at the data (`cut` 0).
    ///   - kdeStyle: how those curves are drawn; each in its group's colour
    ///     unless the style sets one.
    ///   - logScale: a logarithmic value axis, with bins equal in log10.
    ///   - alpha: the fill opacity; seaborn's default for the layout and
    ///     element when `nil` (0.5 for layered bars).
    ///   - palette: the group colours, repeated when too short; the theme's
    ///     colour cycle when `nil`.
    ///   - legendTitle: the legend's heading (seaborn: the hue variable's name).
    ///   - legend: whether the groups get a legend (seaborn's `legend=False`
    ///     leaves it out).
    @discardableResult
    public func histplot(
        groups: [DataGroup], options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, layout: GroupLayout = .layer, commonBins: Bool = true,
        commonNorm: Bool = true, element: HistogramElement = .bars, fill: Bool = true, shrink: Double = 1,
        kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay, kdeStyle: CurveStyle = CurveStyle(),
        logScale: Bool = false, alpha: Double? = nil, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) throws -> HistogramPlotResult {
        try add(HistogramPlot(
            groups: groups, options: options, orientation: orientation, layout: layout, commonBins: commonBins,
            commonNorm: commonNorm, element: element, fill: fill, shrink: shrink, kde: kde, kdeOptions: kdeOptions,
            kdeStyle: kdeStyle, logScale: logScale, alpha: alpha, palette: palette, legendTitle: legendTitle,
            legend: legend)).summary
    }
}
