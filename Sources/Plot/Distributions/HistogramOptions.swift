import Stats

/// How a histogram is computed (seaborn's `histplot` estimator options),
/// kept apart from how it is drawn.
///
/// ```swift
/// var options = HistogramOptions(stat: .density)
/// options.binWidth = 0.5
/// ```
public struct HistogramOptions: Sendable {
    /// What the bar heights show.
    public var stat: HistogramStat
    /// A numpy rule, a count or explicit edges.
    public var bins: Bins
    /// A bin width; overrides `bins` (seaborn's `binwidth`). As in seaborn
    /// 0.13, it sets the number of equal bins, `round(range / binWidth)`, so
    /// the bins are only about this wide.
    public var binWidth: Double?
    /// The outer edges; the data's range when `nil` (seaborn's `binrange`).
    public var binRange: ClosedRange<Double>?
    /// One bin per integer, centred on it (seaborn's `discrete`).
    public var discrete: Bool
    /// Accumulate the heights from left to right.
    public var cumulative: Bool

    public init(
        stat: HistogramStat = .count, bins: Bins = .rule(.auto), binWidth: Double? = nil,
        binRange: ClosedRange<Double>? = nil, discrete: Bool = false, cumulative: Bool = false
    ) {
        self.stat = stat
        self.bins = bins
        self.binWidth = binWidth
        self.binRange = binRange
        self.discrete = discrete
        self.cumulative = cumulative
    }

    /// The bins to use for `values`, as seaborn's `Hist._define_bin_params`:
    /// every choice but explicit edges becomes a count of equal bins over a
    /// range, which numpy lays out with `linspace`.
    func resolvedBins(for values: [Double], weights: [Double]?) throws -> (bins: Bins, range: ClosedRange<Double>?) {
        let low = binRange?.lowerBound ?? values.min() ?? 0
        let high = binRange?.upperBound ?? values.max() ?? 0
        if discrete {
            // np.arange(low - 0.5, high + 1.5): one edge per half-integer.
            let edgeCount = ((high + 1.5) - (low - 0.5)).rounded(.up)
            guard edgeCount.isFinite, edgeCount - 1 <= Double(HistogramBins.maximumBinCount) else {
                throw HistogramError.tooManyBins(requested: edgeCount - 1, limit: HistogramBins.maximumBinCount)
            }
            let first = low - 0.5
            return (.count(max(Int(edgeCount) - 1, 1)), first...(first + max(edgeCount - 1, 1)))
        }
        if let binWidth {
            // seaborn 0.13's Hist: `bins = int(round((stop - start) / binwidth))`
            // equal bins over the range, so the width is only approximate.
            guard binWidth.isFinite, binWidth > 0 else { throw HistogramError.invalidBinWidth(binWidth) }
            let count = ((high - low) / binWidth).rounded(.toNearestOrEven)
            guard count <= Double(HistogramBins.maximumBinCount) else {
                throw HistogramError.tooManyBins(requested: count, limit: HistogramBins.maximumBinCount)
            }
            // Where seaborn would ask numpy for 0 bins and fail (a width over twice
            // the range, or constant data), one bin is drawn instead.
            return (.count(max(Int(count), 1)), binRange)
        }
        let edges = try HistogramBins.edges(for: values, bins: bins, range: binRange, weights: weights)
        if case .edges = bins { return (.edges(edges), nil) }
        guard let first = edges.first, let last = edges.last else { return (.edges(edges), nil) }
        return (.count(edges.count - 1), first...last)
    }
}

/// How histogram bars are drawn (seaborn's `element`).
public enum HistogramElement: String, Sendable, Hashable, CaseIterable {
    /// One rectangle per bin.
    case bars
    /// The outline of the bars as a step line (filled below when filling).
    case step
    /// A polygon through the bin centres.
    case poly
}
