/// The weighted moment the KDE needs, computed in numpy's floating-point
/// order so that bandwidths match scipy to the last bits.
enum KDEMoments {
    /// The variance `np.cov(x, aweights: w)` computes (`ddof = 1`):
    /// `Σ w(x - x̄)² / (Σw - Σw²/Σw)` with `x̄ = Σwx/Σw`, in numpy's order
    /// (the sum of squares is multiplied by the reciprocal of the divisor).
    /// Returns `nil` when the divisor is not positive (all weight on one value).
    static func weightedVariance(_ values: [Double], weights: [Double]) -> Double? {
        let weightSum = PairwiseSum.sum(weights)
        let mean = PairwiseSum.sum(zip(values, weights).map { $0 * $1 }) / weightSum
        let divisor = weightSum - PairwiseSum.sum(weights.map { $0 * $0 }) / weightSum
        guard divisor > 0 else { return nil }
        var sumOfSquares = 0.0
        for (value, weight) in zip(values, weights) {
            let deviation = value - mean
            sumOfSquares += deviation * (deviation * weight)
        }
        return sumOfSquares * (1 / divisor)
    }
}
