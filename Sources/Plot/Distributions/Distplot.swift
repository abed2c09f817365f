import Foundation
import Stats

/// seaborn's `distplot` as a plot layer: a density histogram, a kernel
/// density curve and, optionally, rug ticks and a fitted family, all in the
/// next colour of the line cycle.
///
/// ``Axes/distplot(_:bins:hist:kde:rug:fit:orientation:normHist:color:label:axisLabel:histStyle:kdeOptions:kdeStyle:rugStyle:fitStyle:)``
/// adds one and documents the options.
public struct Distplot: PlotLayer {
    public var data: [Double]
    /// numpy's bins; seaborn's default (Freedman–Diaconis, at most 50) when `nil`.
    public var bins: Bins?
    public var hist: Bool
    public var kde: Bool
    public var rug: Bool
    public var fit: DistributionFit?
    public var orientation: DistributionOrientation
    public var normHist: Bool
    public var color: Color?
    public var label: String?
    public var axisLabel: String?
    public var histStyle: HistogramStyle
    public var kdeOptions: KDEOptions
    public var kdeStyle: CurveStyle
    public var rugStyle: RugStyle
    public var fitStyle: CurveStyle

    public init(
        _ data: [Double], bins: Bins? = nil, hist: Bool = true, kde: Bool = true, rug: Bool = false,
        fit: DistributionFit? = nil, orientation: DistributionOrientation = .vertical, normHist: Bool = false,
        color: Color? = nil, label: String? = nil, axisLabel: String? = nil,
        histStyle: HistogramStyle = HistogramStyle(), kdeOptions: KDEOptions = KDEOptions(),
        kdeStyle: CurveStyle = CurveStyle(), rugStyle: RugStyle = RugStyle(), fitStyle: CurveStyle = CurveStyle()
    ) {
        self.data = data
        self.bins = bins
        self.hist = hist
        self.kde = kde
        self.rug = rug
        self.fit = fit
        self.orientation = orientation
        self.normHist = normHist
        self.color = color
        self.label = label
        self.axisLabel = axisLabel
        self.histStyle = histStyle
        self.kdeOptions = kdeOptions
        self.kdeStyle = kdeStyle
        self.rugStyle = rugStyle
        self.fitStyle = fitStyle
    }

    /// seaborn's `distplot`, part by part: the label goes to the first part
    /// drawn.
    ///
    /// - Throws: `DataError.empty` (from `Stats`) when no finite value
    ///   remains, or a histogram error for unusable bins (or bins too narrow
    ///   for finite heights). Data without spread, or with a spread a double
    ///   cannot hold as a variance, draw no curve and report
    ///   ``PlotWarning/kdeSkipped(reason:)`` instead.
    public func geometry(in context: inout LayerContext) throws -> LayerGeometry<DistplotResult> {
        if kde || fit != nil { try kdeOptions.validate() }
        let sample = FiniteSample(data)
        let values = try sample.nonEmptyValues()
        var warnings: [PlotWarning] = sample.dropped > 0 ? [.droppedNonFinite(count: sample.dropped)] : []
        let normalised = normHist || kde || fit != nil
        var histogram: Histogram?
        var heights: [Double]?
        if hist {
            let resolvedBins = try bins ?? .count(SeabornBins.freedmanDiaconisCount(values))
            histogram = try Histogram(data: values, bins: resolvedBins)
            heights = try histogram?.heights(stat: normalised ? .density : .count)
        }
        // seaborn's colour scout: `ax.plot(mean, 0)` takes the next line-cycle
        // colour and is removed, but its point stays in the data limits.
        let mean = values.reduce(0, +) / Double(values.count)
        var artists: [any Artist] = [DataLimitsArtist(point: orientation.point(value: mean, height: 0))]
        let color = color ?? context.nextLineColor()
        var hints = AxesHints()
        var labelLeft = label

        if let computed = histogram, let barHeights = heights {
            let bars = zip(zip(computed.edges, computed.edges.dropFirst()), barHeights).map { span, height in
                orientation.bar(lower: span.0, upper: span.1, base: 0, top: height)
            }
            artists.append(BarsArtist(
                bars: bars, fill: (histStyle.color ?? color).withAlpha(histStyle.alpha),
                edge: context.theme.patchEdge(), label: labelLeft, stickyEdges: orientation.sticky(heights: [0])))
            labelLeft = nil
        }
        var curve: KDECurve?
        if kde {
            var style = kdeStyle
            style.color = style.color ?? color
            let density = try DensityPlot(values, options: kdeOptions, orientation: orientation, style: style, label: labelLeft)
                .geometry(in: &context)
            artists += density.artists
            hints = hints.merging(density.hints)
            curve = density.summary.curves.first?.curve
            warnings += density.summary.warnings
            if curve != nil { labelLeft = nil }
        }
        if rug {
            var style = rugStyle
            style.color = style.color ?? color
            artists += RugPlot(values, orientation: orientation, style: style, label: labelLeft).geometry(in: &context).artists
            labelLeft = nil
        }
        if let fit {
            do {
                artists.append(try fitCurve(fit, values: values, label: labelLeft, theme: context.theme))
            } catch KDEError.singularData(let count) {
                warnings.append(.kdeSkipped(reason: "\(fit.name) fit needs spread; \(count) value\(count == 1 ? "" : "s") are all equal"))
            } catch let error as KDEError where error.isUnusableSpread {
                warnings.append(.kdeSkipped(reason: "\(fit.name) fit: \(error)"))
            }
        }
        if let axisLabel { context[valuesOf: orientation].label = axisLabel }
        let summary = DistplotResult(
            n: values.count, dropped: sample.dropped, histogram: histogram, heights: heights, kde: curve,
            color: color, warnings: warnings)
        return LayerGeometry(artists: artists, hints: hints, summary: summary)
    }

    /// The fitted family's density over the grid a KDE of the data would use.
    private func fitCurve(_ fit: DistributionFit, values: [Double], label: String?, theme: Theme) throws -> LineArtist {
        let grid = try GaussianKDE(data: values).supportGrid(cut: kdeOptions.cut, gridsize: kdeOptions.gridsize, clip: kdeOptions.clip)
        let density = try fit.fit(values)
        let points = grid.map { orientation.point(value: $0, height: density($0)) }
        return LineArtist(
            x: points.map(\.x), y: points.map(\.y),
            stroke: theme.lineStroke(
                color: fitStyle.color ?? SeabornBins.fitColor, width: fitStyle.lineWidth, dashes: fitStyle.dashes),
            label: label)
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
