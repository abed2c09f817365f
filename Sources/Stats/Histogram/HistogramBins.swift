/// Bin edges exactly as `np.histogram_bin_edges` computes them (and, for
/// ``Bins/width(_:)``, as seaborn's `Histogram` does).
///
/// ```swift
/// var rng = RandomState(seed: 0)
/// let data = try rng.normal(count: 1000)
/// let edges = try HistogramBins.edges(for: data, bins: .rule(.auto))
/// // edges == np.histogram_bin_edges(data, "auto"), bit for bit
/// ```
public enum HistogramBins {
    /// The largest number of bins any request may produce. Beyond it the
    /// edges and counts would take hundreds of megabytes, so a clear error is
    /// thrown instead (numpy would try to allocate them).
    public static let maximumBinCount = 10_000_000

    /// The bin edges for `data`.
    ///
    /// - Parameters:
    ///   - data: finite values (drop NaN and infinities first, e.g. with ``FiniteSample``).
    ///   - bins: a rule, a count, a width or explicit edges.
    ///   - range: the outer edges; values outside are ignored, and rules see only
    ///     the values inside. Defaults to the data's minimum and maximum (widened
    ///     by ±0.5 when they are equal). Ignored for explicit edges.
    ///   - weights: only checked here: rules reject weighted data, as numpy does.
    ///   - integerData: numpy's rule for integer arrays, off by default because
    ///     the data are doubles: a rule's width below 1 is raised to 1.
    public static func edges(
        for data: [Double], bins: Bins = .rule(.auto), range: ClosedRange<Double>? = nil,
        weights: [Double]? = nil, integerData: Bool = false
    ) throws(HistogramError) -> [Double] {
        try data.withUnsafeBufferPointer { (values) throws(HistogramError) -> [Double] in
            try layout(for: values, bins: bins, range: range, weighted: weights != nil, integerData: integerData).edges
        }
    }

    /// The edges and, for equal bins, numpy's fast-path parameters.
    static func layout(
        for values: UnsafeBufferPointer<Double>, bins: Bins, range: ClosedRange<Double>?,
        weighted: Bool, integerData: Bool
    ) throws(HistogramError) -> BinLayout {
        guard let scan = Summary.scanExtrema(values) else { throw .data(.empty) }
        guard scan.nonFinite == 0 else { throw .nonFiniteData(count: scan.nonFinite) }
        let dataExtrema = scan.extrema
        if let range, !(range.lowerBound.isFinite && range.upperBound.isFinite) {
            throw .nonFiniteRange(lower: range.lowerBound, upper: range.upperBound)
        }

        switch bins {
        case .edges(let edges):
            try validate(edges: edges)
            return BinLayout(edges: edges, uniform: nil)

        case .count(let count):
            guard count >= 1 else { throw .nonPositiveBinCount(count) }
            guard count <= maximumBinCount else { throw .tooManyBins(requested: Double(count), limit: maximumBinCount) }
            let (first, last) = try outerEdges(data: dataExtrema, range: range)
            return try evenLayout(first: first, last: last, binCount: count)

        case .width(let width):
            guard width.isFinite, width > 0 else { throw .invalidBinWidth(width) }
            let start = range?.lowerBound ?? dataExtrema.minimum
            let stop = range?.upperBound ?? dataExtrema.maximum
            guard (start + width) - start > 0 else { throw .binWidthBelowResolution(width: width, start: start) }
            guard (stop - start).isFinite, (stop + width).isFinite else { throw .rangeOverflow(lower: start, upper: stop) }
            guard let arange = LinearEdges.arangeEnd(start: start, stop: stop + width, step: width) else {
                throw .invalidBinWidth(width)
            }
            // seaborn appends one more edge when round-off leaves the data's maximum uncovered.
            let appendsEdge = arange.last < stop || arange.count < 2
            let binCountValue = appendsEdge ? arange.count : arange.count - 1
            let last = appendsEdge ? arange.last + width : arange.last
            let binCount = try checkedBinCount(binCountValue)
            return try evenLayout(first: start, last: last, binCount: binCount)

        case .rule(let rule):
            if weighted { throw .weightsNeedExplicitBins(rule) }
            let (first, last) = try outerEdges(data: dataExtrema, range: range)
            let binCount = try ruleBinCount(
                rule, values: values, dataExtrema: dataExtrema, range: range,
                first: first, last: last, integerData: integerData)
            return try evenLayout(first: first, last: last, binCount: binCount)
        }
    }

    /// numpy's `_get_outer_edges`: the range or the data extremes, ±0.5 when
    /// equal. Where ±0.5 rounds back to the value itself (magnitudes from
    /// 2^53, such as nanosecond timestamps), the edges are the neighbouring
    /// doubles instead, so that constant data of any magnitude gets one bin
    /// (numpy would make a bin of zero width).
    private static func outerEdges(
        data: Extrema, range: ClosedRange<Double>?
    ) throws(HistogramError) -> (Double, Double) {
        var first = range?.lowerBound ?? data.minimum
        var last = range?.upperBound ?? data.maximum
        if first == last {
            let value = first
            first -= 0.5
            last += 0.5
            if first == last {
                first = value.nextDown.isFinite ? value.nextDown : value
                last = value.nextUp.isFinite ? value.nextUp : value
            }
        }
        guard (last - first).isFinite else { throw .rangeOverflow(lower: first, upper: last) }
        return (first, last)
    }

    /// `int(ceil((last - first) / width))` for the rule's width, or 1 when the width is 0.
    private static func ruleBinCount(
        _ rule: BinRule, values: UnsafeBufferPointer<Double>, dataExtrema: Extrema,
        range: ClosedRange<Double>?, first: Double, last: Double, integerData: Bool
    ) throws(HistogramError) -> Int {
        var trimmed: [Double]?
        if range != nil, dataExtrema.minimum < first || dataExtrema.maximum > last {
            trimmed = values.filter { $0 >= first && $0 <= last }
        }
        let width = withBuffer(trimmed, or: values) { sample -> Double in
            guard let extrema = Summary.scanExtrema(sample)?.extrema else { return 0 }
            let estimator = BinWidthEstimator(
                values: sample, peakToPeak: extrema.peakToPeak, first: first, last: last)
            return estimator.width(for: rule)
        }
        guard width != 0 else { return 1 }
        let effectiveWidth = integerData && width < 1 ? 1 : width
        return try checkedBinCount(((last - first) / effectiveWidth).rounded(.up))
    }

    private static func withBuffer<Result>(
        _ copy: [Double]?, or original: UnsafeBufferPointer<Double>,
        _ body: (UnsafeBufferPointer<Double>) -> Result
    ) -> Result {
        guard let copy else { return body(original) }
        return copy.withUnsafeBufferPointer(body)
    }

    private static func checkedBinCount(_ value: Double) throws(HistogramError) -> Int {
        guard value <= Double(maximumBinCount) else { throw .tooManyBins(requested: value, limit: maximumBinCount) }
        return max(Int(value), 1)
    }

    /// `np.linspace(first, last, binCount + 1)`, refusing coinciding edges as numpy does.
    private static func evenLayout(first: Double, last: Double, binCount: Int) throws(HistogramError) -> BinLayout {
        let edges = NumpyLinspace.values(from: first, to: last, count: binCount + 1)
        for i in 0..<binCount where !(edges[i] < edges[i + 1]) {
            throw .binsTooNarrowForRange(count: binCount, lower: first, upper: last)
        }
        return BinLayout(edges: edges, uniform: UniformBins(first: first, last: last, count: binCount))
    }

    private static func validate(edges: [Double]) throws(HistogramError) {
        guard edges.count >= 2 else { throw .invalidEdges("\(edges.count) edge\(edges.count == 1 ? "" : "s") given; at least 2 are needed") }
        guard edges.count - 1 <= maximumBinCount else {
            throw .tooManyBins(requested: Double(edges.count - 1), limit: maximumBinCount)
        }
        if let bad = edges.firstIndex(where: { !$0.isFinite }) {
            throw .invalidEdges("edge \(bad) is \(edges[bad])")
        }
        for i in 1..<edges.count where edges[i] < edges[i - 1] {
            throw .invalidEdges("edges must not decrease, but edge \(i) (\(edges[i])) < edge \(i - 1) (\(edges[i - 1]))")
        }
    }
}

/// Bin edges plus numpy's fast-path parameters when the bins are equal
/// (numpy uses the fast path only for a count or a rule, never for explicit edges).
struct BinLayout {
    let edges: [Double]
    let uniform: UniformBins?
}
