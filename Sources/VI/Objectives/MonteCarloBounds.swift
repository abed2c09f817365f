import Foundation
import Stats

/// Monte-Carlo estimates of bounds on `log Z` that are tighter than the ELBO,
/// from the log importance ratios `log w = log p̃(x) − log q(x)`, `x ~ q`.
///
/// ```swift
/// let iw = try MonteCarloBounds.importanceWeighted(target: target, q: q, particles: 10,
///                                                  replicates: 1000, seed: 1)
/// let renyi = try MonteCarloBounds.renyi(target: target, q: q, alpha: 0.5, samples: 10_000, seed: 1)
/// ```
public enum MonteCarloBounds {
    /// The importance-weighted bound (Burda et al. 2016)
    /// `E[log (1/K) Σₖ wₖ]`, averaged over `replicates` independent sets of
    /// `particles` draws; `K = 1` is the ELBO and it rises towards `log Z` as K grows.
    public static func importanceWeighted<Target: LogDensityTarget, Family: VariationalFamily>(
        target: Target, q: Family, particles: Int, replicates: Int, seed: UInt32 = 0
    ) throws(VIError) -> Double {
        try VIError.require(particles >= 1, "particles", Double(particles), "at least 1")
        try VIError.require(replicates >= 1, "replicates", Double(replicates), "at least 1")
        var source = RandomState(seed: seed)
        var total = 0.0
        for _ in 0..<replicates {
            var sum = LogSumExp()
            for _ in 0..<particles { sum.add(logRatio(target, q, &source)) }
            total += sum.value - log(Double(particles))
        }
        return total / Double(replicates)
    }

    /// The Rényi variational bound (Li & Turner 2016)
    /// `L_α = 1/(1 − α) · log E_q[w^(1 − α)]` from `samples` draws; α → 1 gives
    /// the ELBO, α = 0 gives `log Z`. `alpha` must not be 1.
    public static func renyi<Target: LogDensityTarget, Family: VariationalFamily>(
        target: Target, q: Family, alpha: Double, samples: Int, seed: UInt32 = 0
    ) throws(VIError) -> Double {
        try VIError.require(alpha.isFinite && alpha != 1, "alpha", alpha, "finite and different from 1 (use the ELBO)")
        try VIError.require(samples >= 1, "samples", Double(samples), "at least 1")
        var source = RandomState(seed: seed)
        var sum = LogSumExp()
        for _ in 0..<samples { sum.add((1 - alpha) * logRatio(target, q, &source)) }
        return (sum.value - log(Double(samples))) / (1 - alpha)
    }

    private static func logRatio<Target: LogDensityTarget, Family: VariationalFamily>(
        _ target: Target, _ q: Family, _ source: inout RandomState
    ) -> Double {
        let x = q.sample(using: &source)
        return target.logDensity(x) - q.logDensity(x)
    }
}
