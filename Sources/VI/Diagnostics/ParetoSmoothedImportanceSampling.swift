import Foundation
import Stats

/// Pareto-smoothed importance sampling (Vehtari, Gelman & Gabry; the VI
/// diagnostic of Yao et al. 2018, "Yes, but did it work?"), following
/// arviz's `psislw`: the largest `M = ⌈min(n/5, 3√n)⌉` importance ratios are
/// fitted with a generalised Pareto distribution (Zhang & Stephens 2009,
/// with arviz's weak prior on k) and replaced by its expected order statistics.
///
/// ```swift
/// let psis = try ParetoSmoothedImportanceSampling(logRatios: logP - logQ)
/// psis.k                    // < 0.5 good, 0.5–0.7 usable, > 0.7 unreliable
/// psis.smoothedLogWeights   // normalised, for importance-weighted estimates
/// ```
public struct ParetoSmoothedImportanceSampling: Sendable, Equatable {
    /// The fitted Pareto shape k̂ (`+infinity` when the tail has fewer than 5 ratios).
    public let k: Double
    /// The smoothed log weights, normalised so that their exponentials sum to 1.
    public let smoothedLogWeights: [Double]

    /// Smooths `logRatios` (log p̃ − log q at draws from q; non-finite values are rejected).
    public init(logRatios: [Double]) throws(VIError) {
        guard logRatios.count >= 5 else {
            throw .tooFewImportanceWeights(count: logRatios.count, required: 5)
        }
        guard let peak = logRatios.max(), logRatios.allSatisfy(\.isFinite) else {
            throw .tooFewImportanceWeights(count: logRatios.filter(\.isFinite).count, required: logRatios.count)
        }
        var x = logRatios.map { $0 - peak }
        let n = Double(x.count)
        let tailSize = Int((min(n / 5, 3 * n.squareRoot())).rounded(.up))
        let order = x.indices.sorted { x[$0] < x[$1] }
        let cutoff = max(x[order[x.count - tailSize - 1]], log(Double.leastNormalMagnitude))
        let tail = order.filter { x[$0] > cutoff }
        var shape = Double.infinity
        if tail.count > 4 {
            let exceedances = tail.map { exp(x[$0]) - exp(cutoff) }
            let (fittedK, sigma) = Self.fitGeneralizedPareto(sortedExceedances: exceedances)
            shape = fittedK
            if fittedK.isFinite {
                for (rank, index) in tail.enumerated() {
                    let p = (Double(rank) + 0.5) / Double(tail.count)
                    let smoothed = log(Self.inverseGeneralizedPareto(p, k: fittedK, sigma: sigma) + exp(cutoff))
                    x[index] = min(smoothed, 0)
                }
            }
        }
        let normaliser = LogSumExp.of(x)
        k = shape
        smoothedLogWeights = x.map { $0 - normaliser }
    }

    /// Zhang & Stephens' empirical-Bayes estimate of (k, σ) from ascending
    /// exceedances, with arviz's prior pulling k towards 0.5 (weight 10).
    static func fitGeneralizedPareto(sortedExceedances y: [Double]) -> (k: Double, sigma: Double) {
        let n = y.count
        let grid = 30 + Int(Double(n).squareRoot())
        let quartile = y[Int(Double(n) / 4 + 0.5) - 1]
        let b = (1...grid).map { j in
            (1 - (Double(grid) / (Double(j) - 0.5)).squareRoot()) / (3 * quartile) + 1 / y[n - 1]
        }
        let profileK = b.map { bj in y.reduce(0) { $0 + log1p(-bj * $1) } / Double(n) }
        let logLikelihood = zip(b, profileK).map { bj, kj in Double(n) * (log(-bj / kj) - kj - 1) }
        var weights = logLikelihood.map { li in 1 / logLikelihood.reduce(0) { $0 + exp($1 - li) } }
        let kept = weights.indices.filter { weights[$0] >= 10 * Double.ulpOfOne }
        let total = kept.reduce(0) { $0 + weights[$1] }
        weights = kept.map { weights[$0] / total }
        let bPosterior = zip(kept, weights).reduce(0) { $0 + b[$1.0] * $1.1 }
        let kPosterior = y.reduce(0) { $0 + log1p(-bPosterior * $1) } / Double(n)
        let sigma = -kPosterior / bPosterior
        return ((Double(n) * kPosterior + 10 * 0.5) / (Double(n) + 10), sigma)
    }

    /// The generalised Pareto quantile function at `p ∈ (0, 1)`.
    static func inverseGeneralizedPareto(_ p: Double, k: Double, sigma: Double) -> Double {
        guard sigma > 0 else { return .nan }
        if abs(k) < Double.ulpOfOne { return -log1p(-p) * sigma }
        return expm1(-k * log1p(-p)) / k * sigma
    }
}
