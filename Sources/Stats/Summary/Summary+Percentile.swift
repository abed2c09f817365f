extension Summary {
    /// The `p`-th percentile (0…100) with numpy's default method `"linear"`
    /// (`np.percentile(values, p)`).
    public static func percentile(_ values: [Double], _ p: Double) throws(SummaryError) -> Double {
        try percentiles(values, [p])[0]
    }

    /// Several percentiles at once (`np.percentile(values, ps)`), from one
    /// radix selection, without sorting or copying the data.
    public static func percentiles(_ values: [Double], _ ps: [Double]) throws(SummaryError) -> [Double] {
        for p in ps where !(0...100).contains(p) { throw .percentileOutOfRange(p) }
        return try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> [Double] in
            try requireFinite(buffer)
            return uncheckedQuantiles(buffer, ps.map { $0 / 100 })
        }
    }

    /// The interquartile range `percentile(75) - percentile(25)`, as numpy's
    /// Freedman–Diaconis rule computes it.
    public static func interquartileRange(_ values: [Double]) throws(SummaryError) -> Double {
        try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> Double in
            try requireFinite(buffer)
            return uncheckedInterquartileRange(buffer)
        }
    }

    static func uncheckedInterquartileRange(_ values: UnsafeBufferPointer<Double>) -> Double {
        let quartiles = uncheckedQuantiles(values, [0.75, 0.25])
        return quartiles[0] - quartiles[1]
    }

    /// numpy's `_quantile` with the linear method for finite, non-empty data.
    static func uncheckedQuantiles(_ values: UnsafeBufferPointer<Double>, _ quantiles: [Double]) -> [Double] {
        let positions = quantiles.map { QuantilePosition(quantile: $0, count: values.count) }
        let ranks = positions.flatMap { [$0.previous, $0.next] }
        let orderStatistics = OrderStatistics.values(atRanks: ranks, in: values)
        return positions.indices.map { i in
            numpyLerp(orderStatistics[2 * i], orderStatistics[2 * i + 1], positions[i].gamma)
        }
    }

    /// numpy's `_lerp`: `a + (b - a)·t` below t = 0.5, `b - (b - a)·(1 - t)` from 0.5 on,
    /// which keeps the result monotone in `t`.
    static func numpyLerp(_ a: Double, _ b: Double, _ t: Double) -> Double {
        let difference = b - a
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t
    }
}

/// Where quantile `q` falls in the sorted data under numpy's linear method:
/// the virtual index `(n - 1)·q`, its neighbouring order statistics and the
/// interpolation weight, with numpy's clamping at the top.
private struct QuantilePosition {
    let previous: Int
    let next: Int
    let gamma: Double

    init(quantile: Double, count: Int) {
        let virtualIndex = Double(count - 1) * quantile
        var previousIndex = virtualIndex.rounded(.down)
        if virtualIndex >= Double(count - 1) {
            // numpy takes index -1 (the maximum) and keeps gamma = v - (-1).
            previousIndex = -1
            previous = count - 1
            next = count - 1
        } else {
            previous = Int(previousIndex)
            next = Int(previousIndex) + 1
        }
        gamma = virtualIndex - previousIndex
    }
}
