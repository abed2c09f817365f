/// A histogram whose edges equal `np.histogram_bin_edges` bit for bit and
/// whose counts equal `np.histogram` (last bin closed, values outside the
/// range ignored).
///
/// ```swift
/// let notebook = try NotebookData.generate()
/// let histogram = try Histogram(data: notebook.data, bins: .rule(.auto))
/// histogram.edges                                   // np.histogram(data, "auto")[1]
/// try histogram.heights(stat: .density)             // np.histogram(data, "auto", density=True)[0]
/// try histogram.heights(stat: .percent, cumulative: true)  // seaborn's cumulative percent
/// ```
public struct Histogram: Sendable, Equatable {
    /// The bin edges, one more than the bins.
    public let edges: [Double]
    /// The number of values in each bin, or the sum of their weights.
    public let counts: [Double]

    /// Bins `data` (finite values) as `np.histogram(data, bins, range, weights=weights)`.
    ///
    /// Weights must be finite, non-negative, not all zero, one per value. With
    /// equal bins (a rule, count or width) weighted sums are accumulated as
    /// numpy does; with explicit edges they agree with numpy up to rounding.
    /// See ``HistogramBins/edges(for:bins:range:weights:integerData:)`` for the
    /// other parameters.
    public init(
        data: [Double], bins: Bins = .rule(.auto), range: ClosedRange<Double>? = nil,
        weights: [Double]? = nil, integerData: Bool = false
    ) throws(HistogramError) {
        if let weights { try Self.validate(weights: weights, count: data.count) }
        let layout = try data.withUnsafeBufferPointer { (values) throws(HistogramError) -> BinLayout in
            try HistogramBins.layout(
                for: values, bins: bins, range: range, weighted: weights != nil, integerData: integerData)
        }
        edges = layout.edges
        counts = Self.count(data, weights: weights, layout: layout)
    }

    /// The width of each bin, `edges[i + 1] - edges[i]` (`np.diff(edges)`).
    public var binWidths: [Double] {
        zip(edges.dropFirst(), edges).map { $0 - $1 }
    }

    /// The sum of the counts, with numpy's summation.
    public var total: Double {
        counts.withUnsafeBufferPointer { PairwiseSum.sum($0) }
    }

    private static func count(_ data: [Double], weights: [Double]?, layout: BinLayout) -> [Double] {
        data.withUnsafeBufferPointer { values in
            layout.edges.withUnsafeBufferPointer { edges in
                guard let uniform = layout.uniform else {
                    guard let weights else { return BinCounting.edgeCounts(values, weights: nil, edges: edges) }
                    return weights.withUnsafeBufferPointer { BinCounting.edgeCounts(values, weights: $0, edges: edges) }
                }
                guard let weights else {
                    return BinCounting.uniformCounts(values, bins: uniform, edges: edges).map(Double.init)
                }
                return weights.withUnsafeBufferPointer {
                    BinCounting.uniformWeightedCounts(values, weights: $0, bins: uniform, edges: edges)
                }
            }
        }
    }

    private static func validate(weights: [Double], count: Int) throws(HistogramError) {
        guard weights.count == count else {
            throw .data(.lengthMismatch(name: "weights", expected: count, actual: weights.count))
        }
        if let bad = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .data(.invalidWeights("weight \(bad) is \(weights[bad]); weights must be finite and non-negative"))
        }
        guard weights.contains(where: { $0 > 0 }) else { throw .data(.invalidWeights("all weights are zero")) }
    }
}
