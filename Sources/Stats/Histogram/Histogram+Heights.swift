extension Histogram {
    /// The bar heights for `stat`, optionally cumulative, computed as seaborn's
    /// `Histogram` does: `density` is numpy's `counts / widths / total`;
    /// cumulative density and frequency accumulate `height × width`, the other
    /// statistics accumulate the heights.
    ///
    /// Throws ``HistogramError/noValuesInRange`` when a normalised statistic
    /// (density, probability, percent) is asked of a histogram with no counts,
    /// and ``HistogramError/binsTooNarrowForHeights(stat:width:)`` when a
    /// height divided by a bin width overflows (numpy would return `inf`).
    public func heights(stat: HistogramStat = .count, cumulative: Bool = false) throws(HistogramError) -> [Double] {
        let widths = binWidths
        let heights: [Double]
        switch stat {
        case .count:
            heights = counts
        case .frequency:
            heights = zip(counts, widths).map { $0 / $1 }
        case .probability:
            let total = try nonZeroTotal()
            heights = counts.map { $0 / total }
        case .percent:
            let total = try nonZeroTotal()
            heights = counts.map { $0 / total * 100 }
        case .density:
            let total = try nonZeroTotal()
            heights = zip(counts, widths).map { $0 / $1 / total }
        }
        if let overflow = heights.firstIndex(where: { !$0.isFinite }) {
            throw .binsTooNarrowForHeights(stat: stat, width: widths[overflow])
        }
        guard cumulative else { return heights }
        let perBin = stat == .density || stat == .frequency ? zip(heights, widths).map { $0 * $1 } : heights
        var running = 0.0
        return perBin.map { value in
            running += value
            return running
        }
    }

    private func nonZeroTotal() throws(HistogramError) -> Double {
        let total = self.total
        guard total > 0 else { throw .noValuesInRange }
        return total
    }
}
