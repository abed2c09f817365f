import Stats

/// The curves a `kdeplot` drew, with what it had to leave out.
public struct DensityPlotResult: Sendable {
    /// The curve of each group that had one, in group order (after any
    /// common normalisation, before stacking).
    public var curves: [(group: String, curve: KDECurve)]
    /// NaN and infinite values removed, over all groups.
    public var dropped: Int
    public var warnings: [PlotWarning]
}

/// seaborn's `kdeplot` on these axes: each call adds a ``DensityPlot``.
extension Axes {
    /// A kernel density estimate of `data`, as seaborn's `kdeplot(x=data)`.
    ///
    /// NaN and infinite values are removed (reported in the result); data
    /// with fewer than two distinct values draw no curve and report a
    /// warning instead of failing, as seaborn does.
    ///
    /// ```swift
    /// try axes.kdeplot(sample)
    /// try axes.kdeplot(sample, fill: true, style: CurveStyle(lineWidth: 3))
    /// try axes.kdeplot(incomes, logScale: true)   // density of log10(x) on a log axis
    /// ```
    ///
    /// With `logScale`, the value axis becomes logarithmic and the density
    /// is estimated on log10 of the positive values (seaborn's
    /// `log_scale=True`); values ≤ 0 are dropped and counted in `dropped`.
    @discardableResult
    public func kdeplot(
        _ data: [Double], weights: [Double]? = nil, options: KDEOptions = KDEOptions(),
        orientation: DistributionOrientation = .vertical, fill: Bool = false, style: CurveStyle = CurveStyle(),
        logScale: Bool = false, label: String? = nil
    ) throws -> DensityPlotResult {
        try add(DensityPlot(
            data, weights: weights, options: options, orientation: orientation, fill: fill, style: style,
            logScale: logScale, label: label)).summary
    }

    /// Density curves of several groups in the palette's colours, with a
    /// legend, as seaborn's `kdeplot(x=..., hue=...)`.
    ///
    /// - Parameters:
    ///   - groups: the named subsets, one curve and legend entry each
    ///     (seaborn's `hue` levels), in the palette's order.
    ///   - options: how the curves are estimated (bandwidth, cut, grid size,
    ///     clip, cumulative).
    ///   - orientation: `.horizontal` puts the values on the y axis.
    ///   - layout: `.layer`, `.stack` or `.fill` (`.dodge` is for histograms).
    ///   - commonNorm: scale each curve by its group's share of the data, so
    ///     that the curves together integrate to 1.
    ///   - commonGrid: evaluate every curve on the grid of all the data
    ///     (always so when stacking).
    ///   - fill: fill under the curves; by default only when stacking.
    ///   - style: the width, dashes and alpha of every curve; its colour,
    ///     when set, is ignored in favour of the group colours.
    ///   - logScale: a logarithmic value axis, the densities estimated on
    ///     log10 of the positive values.
    ///   - palette: the group colours, repeated when too short; the theme's
    ///     colour cycle when `nil`.
    ///   - legendTitle: the legend's heading (seaborn: the hue variable's name).
    ///   - legend: whether the groups get a legend (seaborn's `legend=False`
    ///     leaves it out).
    @discardableResult
    public func kdeplot(
        groups: [DataGroup], options: KDEOptions = KDEOptions(), orientation: DistributionOrientation = .vertical,
        layout: GroupLayout = .layer, commonNorm: Bool = true, commonGrid: Bool = false, fill: Bool? = nil,
        style: CurveStyle = CurveStyle(), logScale: Bool = false, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) throws -> DensityPlotResult {
        try add(DensityPlot(
            groups: groups, options: options, orientation: orientation, layout: layout, commonNorm: commonNorm,
            commonGrid: commonGrid, fill: fill, style: style, logScale: logScale, palette: palette,
            legendTitle: legendTitle, legend: legend)).summary
    }
}
