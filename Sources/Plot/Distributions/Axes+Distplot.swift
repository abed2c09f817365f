import Stats

/// What a `distplot` computed and drew.
public struct DistplotResult: Sendable {
    /// The number of finite values used.
    public var n: Int
    /// NaN and infinite values removed.
    public var dropped: Int
    /// The histogram, when one was drawn.
    public var histogram: Histogram?
    /// The bar heights (densities when normalised, else counts).
    public var heights: [Double]?
    /// The density curve, when one was drawn.
    public var kde: KDECurve?
    /// The colour the call used.
    public var color: Color
    public var warnings: [PlotWarning]
}

/// Style of `distplot`'s histogram bars.
public struct HistogramStyle: Sendable, Hashable {
    /// The bar colour; the plot's colour when `nil`.
    public var color: Color?
    public var alpha: Double

    public init(color: Color? = nil, alpha: Double = 0.4) {
        self.color = color
        self.alpha = alpha
    }
}

extension Axes {
    /// seaborn's `distplot`: a density histogram, a kernel density curve and,
    /// optionally, rug ticks, all in the next colour of the line cycle, so
    /// that successive calls on one axes take successive colours.
    ///
    /// This is the notebook's call
    /// `sns.distplot(x, bins="auto", kde=True, rug=True, kde_kws={"linewidth": 4}, ax=ax)`:
    /// ```swift
    /// try axes.distplot(x, bins: .rule(.auto), rug: true, kdeStyle: CurveStyle(lineWidth: 4))
    /// ```
    ///
    /// - Parameters:
    ///   - data: the values; NaN and infinite ones are dropped and counted
    ///     in the result.
    ///   - bins: numpy's bins; `nil` means seaborn's default, the
    ///     Freedman–Diaconis count capped at 50.
    ///   - hist: whether to draw the histogram.
    ///   - kde: whether to draw the kernel density curve.
    ///   - rug: whether to draw a rug tick at each value.
    ///   - fit: a family fitted to the data and drawn in dark grey.
    ///   - orientation: `.horizontal` puts the values on the y axis.
    ///   - normHist: normalise the histogram even without a curve.
    ///   - color: one colour for every part; the next cycle colour when `nil`.
    ///   - label: the legend label, given to the first part drawn.
    ///   - axisLabel: a label for the value axis.
    ///   - histStyle: the bars' colour and alpha (seaborn's `hist_kws`).
    ///   - kdeOptions: how the density curve is estimated (bandwidth, cut,
    ///     grid size, clip).
    ///   - kdeStyle: how the density curve is drawn (seaborn's `kde_kws`);
    ///     its colour defaults to the plot's.
    ///   - rugStyle: how the rug ticks are drawn (seaborn's `rug_kws`).
    ///   - fitStyle: how the fitted density is drawn (seaborn's `fit_kws`);
    ///     dark grey unless it sets a colour.
    /// - Throws: `DataError.empty` (from `Stats`) when no finite value remains, or a
    ///   histogram error for unusable bins (or bins too narrow for finite
    ///   heights). Data without spread, or with a spread a double cannot
    ///   hold as a variance, draw no curve and report
    ///   ``PlotWarning/kdeSkipped(reason:)`` instead.
    @discardableResult
    public func distplot(
        _ data: [Double], bins: Bins? = nil, hist: Bool = true, kde: Bool = true, rug: Bool = false,
        fit: DistributionFit? = nil, orientation: DistributionOrientation = .vertical, normHist: Bool = false,
        color: Color? = nil, label: String? = nil, axisLabel: String? = nil,
        histStyle: HistogramStyle = HistogramStyle(), kdeOptions: KDEOptions = KDEOptions(),
        kdeStyle: CurveStyle = CurveStyle(), rugStyle: RugStyle = RugStyle(), fitStyle: CurveStyle = CurveStyle()
    ) throws -> DistplotResult {
        try add(Distplot(
            data, bins: bins, hist: hist, kde: kde, rug: rug, fit: fit, orientation: orientation, normHist: normHist,
            color: color, label: label, axisLabel: axisLabel, histStyle: histStyle, kdeOptions: kdeOptions,
            kdeStyle: kdeStyle, rugStyle: rugStyle, fitStyle: fitStyle)).summary
    }
}
