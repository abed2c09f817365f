import Foundation
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
        if kde || fit != nil { try kdeOptions.validate() }
        let sample = FiniteSample(data)
        let values = try sample.nonEmptyValues()
        var warnings: [PlotWarning] = sample.dropped > 0 ? [.droppedNonFinite(count: sample.dropped)] : []
        let normalised = normHist || kde || fit != nil
        // The histogram is computed before anything is added, so that unusable
        // bins leave the axes as they were.
        var histogram: Histogram?
        var heights: [Double]?
        if hist {
            let resolvedBins = try bins ?? .count(SeabornBins.freedmanDiaconisCount(values))
            histogram = try Histogram(data: values, bins: resolvedBins)
            heights = try histogram?.heights(stat: normalised ? .density : .count)
        }
        let color = color ?? scoutLineColor(at: values, orientation: orientation)
        var labelLeft = label

        if let computed = histogram, let barHeights = heights {
            let bars = zip(zip(computed.edges, computed.edges.dropFirst()), barHeights).map { span, height in
                orientation.bar(lower: span.0, upper: span.1, base: 0, top: height)
            }
            add(BarsArtist(
                bars: bars, fill: (histStyle.color ?? color).withAlpha(histStyle.alpha), edge: patchEdge(),
                label: labelLeft, stickyEdges: orientation.sticky(heights: [0])))
            labelLeft = nil
        }
        var curve: KDECurve?
        if kde {
            var style = kdeStyle
            style.color = style.color ?? color
            let result = try kdeplot(values, options: kdeOptions, orientation: orientation, style: style, label: labelLeft)
            curve = result.curves.first?.curve
            warnings += result.warnings
            if curve != nil { labelLeft = nil }
        }
        if rug {
            var style = rugStyle
            style.color = style.color ?? color
            rugplot(values, orientation: orientation, style: style, label: labelLeft)
            labelLeft = nil
        }
        if let fit {
            do {
                let grid = try GaussianKDE(data: values).supportGrid(cut: kdeOptions.cut, gridsize: kdeOptions.gridsize, clip: kdeOptions.clip)
                let density = try fit.fit(values)
                let points = grid.map { orientation.point(value: $0, height: density($0)) }
                add(LineArtist(
                    x: points.map(\.x), y: points.map(\.y),
                    stroke: lineStroke(color: fitStyle.color ?? SeabornBins.fitColor, width: fitStyle.lineWidth, dashes: fitStyle.dashes),
                    label: labelLeft))
            } catch KDEError.singularData(let count) {
                warnings.append(.kdeSkipped(reason: "\(fit.name) fit needs spread; \(count) value\(count == 1 ? "" : "s") are all equal"))
            } catch let error as KDEError where error.isUnusableSpread {
                warnings.append(.kdeSkipped(reason: "\(fit.name) fit: \(error)"))
            }
        }
        if let axisLabel {
            if orientation == .vertical { xLabel = axisLabel } else { yLabel = axisLabel }
        }
        return DistplotResult(
            n: values.count, dropped: sample.dropped, histogram: histogram, heights: heights, kde: curve,
            color: color, warnings: warnings)
    }

    /// seaborn's colour scout: `ax.plot(mean, 0)` takes the next line-cycle
    /// colour and is removed, but its point stays in the data limits.
    private func scoutLineColor(at values: [Double], orientation: DistributionOrientation) -> Color {
        let mean = values.reduce(0, +) / Double(values.count)
        add(DataLimitsArtist(point: orientation.point(value: mean, height: 0)))
        return nextLineColor()
    }
}

/// seaborn's defaults specific to `distplot`.
enum SeabornBins {
    /// The colour of a `fit` curve, "#282828".
    static let fitColor = Color(red: 40 / 255, green: 40 / 255, blue: 40 / 255)

    /// seaborn's `_freedman_diaconis_bins`, capped at 50 as `distplot` does:
    /// `ceil(ptp / (2·IQR·n^(-1/3)))`, `int(sqrt(n))` when the IQR is 0, and
    /// 1 for fewer than two values.
    static func freedmanDiaconisCount(_ values: [Double]) throws -> Int {
        guard values.count >= 2 else { return 1 }
        let quartiles = try Summary.percentiles(values, [75, 25])
        let width = 2 * (quartiles[0] - quartiles[1]) / pow(Double(values.count), 1.0 / 3)
        guard width != 0, let low = values.min(), let high = values.max() else {
            return min(Int(Double(values.count).squareRoot()), 50)
        }
        let count = ((high - low) / width).rounded(.up)
        return count.isFinite ? max(1, min(Int(count), 50)) : 50
    }
}
