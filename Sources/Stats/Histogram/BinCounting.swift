/// Equal-width bins as numpy's histogram fast path sees them.
struct UniformBins: Sendable, Equatable {
    let first: Double
    let last: Double
    let count: Int
}

/// Counting values into bins with numpy's decisions (`np.histogram`): bins are
/// half-open `[e_i, e_{i+1})` except the last, which is closed; values outside
/// the edges are ignored.
enum BinCounting {
    /// numpy processes the data in blocks; weighted sums are accumulated per block.
    private static let blockLength = 65_536

    /// The bin of `x` under numpy's uniform fast path, or nil when outside:
    /// `Int((x - first) / (last - first) * count)`, then one correction step
    /// down or up against the actual edges.
    @inline(__always)
    private static func uniformIndex(
        _ x: Double, bins: UniformBins, span: Double, edges: UnsafeBufferPointer<Double>
    ) -> Int? {
        guard x >= bins.first, x <= bins.last else { return nil }
        var index = Int((x - bins.first) / span * Double(bins.count))
        if index == bins.count { index -= 1 }
        if x < edges[index] { index -= 1 }
        if index != bins.count - 1, x >= edges[index + 1] { index += 1 }
        return index
    }

    /// Unweighted counts for equal bins (`edges` are the bins' linspace edges).
    /// Four interleaved tallies keep runs of values in one bin from stalling
    /// on the same counter.
    static func uniformCounts(
        _ values: UnsafeBufferPointer<Double>, bins: UniformBins, edges: UnsafeBufferPointer<Double>
    ) -> [Int] {
        let span = bins.last - bins.first
        let lanes = 4
        var tallies = [Int](repeating: 0, count: bins.count * lanes)
        tallies.withUnsafeMutableBufferPointer { tallies in
            for (i, x) in values.enumerated() {
                if let index = uniformIndex(x, bins: bins, span: span, edges: edges) {
                    tallies[index &* lanes &+ (i & (lanes - 1))] += 1
                }
            }
        }
        return (0..<bins.count).map { bin in
            tallies[bin * lanes] + tallies[bin * lanes + 1] + tallies[bin * lanes + 2] + tallies[bin * lanes + 3]
        }
    }

    /// Weighted sums for equal bins, summed per 65 536-value block then across
    /// blocks, in data order (numpy's `bincount` per block).
    static func uniformWeightedCounts(
        _ values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
        bins: UniformBins, edges: UnsafeBufferPointer<Double>
    ) -> [Double] {
        let span = bins.last - bins.first
        var totals = [Double](repeating: 0, count: bins.count)
        var block = [Double](repeating: 0, count: bins.count)
        totals.withUnsafeMutableBufferPointer { totals in
            block.withUnsafeMutableBufferPointer { block in
                for start in stride(from: 0, to: values.count, by: blockLength) {
                    block.update(repeating: 0)
                    for i in start..<min(start + blockLength, values.count) {
                        if let index = uniformIndex(values[i], bins: bins, span: span, edges: edges) {
                            block[index] += weights[i]
                        }
                    }
                    for bin in 0..<bins.count { totals[bin] += block[bin] }
                }
            }
        }
        return totals
    }

    /// Counts (or weighted sums) for arbitrary non-decreasing edges, found by
    /// binary search: a value equal to a repeated edge goes to the last bin
    /// starting there, as numpy's `searchsorted` formulation does.
    static func edgeCounts(
        _ values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?,
        edges: UnsafeBufferPointer<Double>
    ) -> [Double] {
        let binCount = edges.count - 1
        guard let lowest = edges.first, let highest = edges.last else { return [] }
        var counts = [Double](repeating: 0, count: binCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for (i, x) in values.enumerated() where x >= lowest && x <= highest {
                // The number of edges <= x, minus one, is the bin; the top edge closes the last bin.
                var low = 0
                var high = edges.count
                while low < high {
                    let middle = (low + high) / 2
                    if edges[middle] <= x { low = middle + 1 } else { high = middle }
                }
                counts[min(low - 1, binCount - 1)] += weights?[i] ?? 1
            }
        }
        return counts
    }
}
