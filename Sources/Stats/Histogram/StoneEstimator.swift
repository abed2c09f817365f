/// numpy's `_hist_bin_stone`: tries every bin count from 1 to
/// `max(100, int(sqrt(n)))` and keeps the first that minimises
/// `(2 - (n + 1)·Σ p_k²) / h`, the cross-validated integrated squared error.
struct StoneEstimator {
    let values: UnsafeBufferPointer<Double>
    let peakToPeak: Double
    let first: Double
    let last: Double

    func width() -> Double {
        let n = values.count
        guard n > 1, peakToPeak != 0 else { return 0 }
        let upperBound = max(100, Int(Double(n).squareRoot()))
        var bestCount = 1
        var bestScore = Double.infinity
        for binCount in 1...upperBound {
            let score = crossValidationScore(binCount: binCount)
            if score < bestScore || binCount == 1 {
                bestScore = score
                bestCount = binCount
            }
        }
        return peakToPeak / Double(bestCount)
    }

    private func crossValidationScore(binCount: Int) -> Double {
        let n = values.count
        let binWidth = peakToPeak / Double(binCount)
        let bins = UniformBins(first: first, last: last, count: binCount)
        let edges = NumpyLinspace.values(from: first, to: last, count: binCount + 1)
        let counts = edges.withUnsafeBufferPointer { edges in
            BinCounting.uniformCounts(values, bins: bins, edges: edges)
        }
        var sumOfSquares = 0.0
        for count in counts {
            let p = Double(count) / Double(n)
            sumOfSquares += p * p
        }
        return (2 - Double(n + 1) * sumOfSquares) / binWidth
    }
}
