/// The weighted moments the KDE needs, computed in numpy's floating-point
/// order so that bandwidths match scipy to the last bits.
enum KDEMoments {
    /// The sums of `np.cov(x, aweights: w)` (`ddof = 1`) and scipy's effective
    /// sample size, in numpy's order: `Σw²`, and the variance
    /// `Σ w(x - x̄)² / (Σw - Σw²/Σw)` with `x̄ = Σwx/Σw` (the sum of squares is
    /// multiplied by the reciprocal of the divisor).
    ///
    /// Without weights every `w` is `1/n`; the sums then run over that constant
    /// without building the `n` weights, with the same operations in the same order.
    struct WeightedMoments {
        /// `Σw²` (`1 / neff`).
        let sumOfSquaredWeights: Double
        /// The variance, or `nil` when the divisor is not positive (all weight on one value).
        let variance: Double?

        init(_ values: [Double], normalisedWeights weights: [Double]?) {
            let weightSum: Double, squaredWeightSum: Double, weightedSum: Double
            let equalWeight = 1 / Double(values.count)
            if let weights {
                weightSum = PairwiseSum.sum(weights)
                squaredWeightSum = PairwiseSum.sum(weights.map { $0 * $0 })
                weightedSum = PairwiseSum.sum(zip(values, weights).map { $0 * $1 })
            } else {
                weightSum = PairwiseSum.sum(repeating: equalWeight, count: values.count)
                squaredWeightSum = PairwiseSum.sum(repeating: equalWeight * equalWeight, count: values.count)
                weightedSum = values.withUnsafeBufferPointer { PairwiseSum.sum($0) { $0 * equalWeight } }
            }
            sumOfSquaredWeights = squaredWeightSum
            let mean = weightedSum / weightSum
            let divisor = weightSum - squaredWeightSum / weightSum
            guard divisor > 0 else {
                variance = nil
                return
            }
            var sumOfSquares = 0.0
            if let weights {
                for (value, weight) in zip(values, weights) {
                    let deviation = value - mean
                    sumOfSquares += deviation * (deviation * weight)
                }
            } else {
                values.withUnsafeBufferPointer { xs in
                    for value in xs {
                        let deviation = value - mean
                        sumOfSquares += deviation * (deviation * equalWeight)
                    }
                }
            }
            variance = sumOfSquares * (1 / divisor)
        }
    }
}
