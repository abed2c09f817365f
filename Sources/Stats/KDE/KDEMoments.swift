/// The numpy-compatible sums and weighted moments the KDE needs, computed in
/// numpy's floating-point order so that bandwidths match scipy to the last bits.
///
/// Kept in one small file so that it can be replaced by a shared summary
/// module without touching the estimator.
enum KDEMoments {
    /// `np.sum` of a contiguous float64 array: numpy's pairwise summation
    /// (blocks of at most 128 values summed with eight interleaved accumulators).
    static func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
        let count = values.count
        if count < 8 {
            var sum = 0.0
            for value in values { sum += value }
            return sum
        }
        if count <= 128 {
            var r0 = values[0], r1 = values[1], r2 = values[2], r3 = values[3]
            var r4 = values[4], r5 = values[5], r6 = values[6], r7 = values[7]
            var index = 8
            let unrolledEnd = count - count % 8
            while index < unrolledEnd {
                r0 += values[index]; r1 += values[index + 1]
                r2 += values[index + 2]; r3 += values[index + 3]
                r4 += values[index + 4]; r5 += values[index + 5]
                r6 += values[index + 6]; r7 += values[index + 7]
                index += 8
            }
            var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while index < count {
                sum += values[index]
                index += 1
            }
            return sum
        }
        var half = count / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: values[0..<half]))
            + pairwiseSum(UnsafeBufferPointer(rebasing: values[half...]))
    }

    /// `np.sum(values)`.
    static func pairwiseSum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwiseSum($0) }
    }

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
                weightSum = pairwiseSum(weights)
                squaredWeightSum = pairwiseSum(weights.map { $0 * $0 })
                weightedSum = pairwiseSum(zip(values, weights).map { $0 * $1 })
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
