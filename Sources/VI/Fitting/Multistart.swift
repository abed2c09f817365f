import Foundation
import Stats

/// Runs BFGS on the exact ELBO from many starts and keeps every distinct
/// local optimum, best first, each verified by a ``LocalMaximumCheck``.
///
/// On a multimodal target the reverse KL has several mode-seeking optima;
/// this is how to see all of them (and which one a local run found).
///
/// ```swift
/// let vi = VariationalInference(target: try LaplaceMixtureTarget.notebook())
/// let found = try vi.multistart(Multistart.gaussianStarts(for: vi.target))
/// for optimum in found.optima { print(optimum.result.q, optimum.result.elbo) }
/// ```
public struct Multistart: Sendable, Equatable, Codable {
    /// The local optimiser.
    public var optimizer: BFGS
    /// How each optimum is verified.
    public var check: LocalMaximumCheck
    /// Two optima are the same when their canonical parameters (sorted
    /// weights, means and log standard deviations) differ by at most this.
    public var distinctness: Double

    /// Multistart settings.
    public init(optimizer: BFGS = BFGS(), check: LocalMaximumCheck = .init(), distinctness: Double = 1e-3) {
        self.optimizer = optimizer
        self.check = check
        self.distinctness = distinctness
    }

    /// Fits from every start and groups the results into distinct optima.
    public func run<Target: LogDensityTarget, Family: VariationalFamily>(
        _ vi: VariationalInference<Target>, starts: [Family]
    ) throws(VIError) -> MultistartResult<Family> {
        var groups: [(q: Family, outcome: OptimizationOutcome, count: Int)] = []
        var failures: [String] = []
        for start in starts {
            let fitted: (q: Family, outcome: OptimizationOutcome)
            do { fitted = try vi.optimizeExact(from: start, optimizer: optimizer) } catch {
                failures.append("\(start): \(error)")
                continue
            }
            let key = fitted.q.canonicalParameters
            if let index = groups.firstIndex(where: { largest(zip($0.q.canonicalParameters, key).map(-)) <= distinctness }) {
                groups[index].count += 1
                if fitted.outcome.final.value > groups[index].outcome.final.value {
                    groups[index] = (fitted.q, fitted.outcome, groups[index].count)
                }
            } else {
                groups.append((fitted.q, fitted.outcome, 1))
            }
        }
        let objective = vi.exactELBO
        var optima: [LocalOptimum<Family>] = []
        for group in groups.sorted(by: { $0.outcome.final.value > $1.outcome.final.value }) {
            let q = group.q
            // An end point the checks cannot evaluate (e.g. a mixture component
            // collapsed to a spike the quadrature cannot resolve) is reported
            // as a failed start rather than aborting the whole search.
            do {
                let verdict = try check.verify(at: q.unconstrainedParameters) { theta throws(VIError) in
                    try objective.evaluate(try q.with(unconstrainedParameters: theta))
                }
                let result = try vi.result(for: q, objective: .reverseKL, method: .exactBFGS, outcome: group.outcome)
                optima.append(LocalOptimum(result: result, verdict: verdict, basinCount: group.count))
            } catch {
                failures.append("\(q) (reached from \(group.count) start\(group.count == 1 ? "" : "s")): \(error)")
            }
        }
        return MultistartResult(optima: optima, starts: starts.count, failures: failures)
    }

    /// A grid of Gaussian starts spanning the target: `means` locations evenly
    /// over its feature points' range and `sigmas` scales geometrically from
    /// 1/100 to 1/2 of that range.
    public static func gaussianStarts<Target: LogDensityTarget>(
        for target: Target, means: Int = 13, sigmas: Int = 5
    ) -> [Gaussian] {
        let points = (target.featurePoints + target.kinks).filter(\.isFinite)
        let low = points.min() ?? -1
        let high = points.max() ?? 1
        let width = max(high - low, 1e-3)
        let locations = (0..<max(means, 1)).map { low + width * Double($0) / Double(max(means - 1, 1)) }
        let scales = (0..<max(sigmas, 1)).map { width / 100 * pow(50, Double($0) / Double(max(sigmas - 1, 1))) }
        return locations.flatMap { mu in scales.compactMap { try? Gaussian(mu: mu, sigma: $0) } }
    }

    /// `count` random mixture starts with `components` components: means
    /// uniform over the target's feature range, sigmas log-uniform between
    /// 1/50 and 1/4 of it, equal weights; reproducible through `seed`.
    public static func mixtureStarts<Target: LogDensityTarget>(
        for target: Target, components: Int, count: Int, seed: UInt32 = 0
    ) -> [GaussianMixture] {
        let points = (target.featurePoints + target.kinks).filter(\.isFinite)
        let low = points.min() ?? -1
        let width = max((points.max() ?? 1) - low, 1e-3)
        var source = RandomState(seed: seed)
        return (0..<max(count, 0)).compactMap { _ in
            let means = (0..<components).map { _ in low + width * source.nextUniform() }
            let sigmas = (0..<components).map { _ in width / 50 * pow(12.5, source.nextUniform()) }
            return try? GaussianMixture(weights: Array(repeating: 1, count: components), means: means, sigmas: sigmas)
        }
    }
}

/// One distinct local optimum found by ``Multistart``.
public struct LocalOptimum<Family: VariationalFamily>: Sendable, Codable {
    /// The fit (the best of the runs that ended here).
    public let result: VIResult<Family>
    /// Gradient norm and Hessian eigenvalues at the optimum.
    public let verdict: LocalMaximumVerdict
    /// How many starts ended here.
    public let basinCount: Int
}

/// Every distinct local optimum of the exact ELBO found from a set of starts.
public struct MultistartResult<Family: VariationalFamily>: Sendable, Codable, CustomStringConvertible {
    /// The optima, highest ELBO first.
    public let optima: [LocalOptimum<Family>]
    /// How many starts were run.
    public let starts: Int
    /// Starts whose fit failed, with the reason.
    public let failures: [String]

    /// The optimum with the highest ELBO, if any run succeeded.
    public var global: LocalOptimum<Family>? { optima.first }

    public var description: String {
        var lines = ["\(optima.count) distinct local optima from \(starts) starts (\(failures.count) failed):"]
        for (rank, optimum) in optima.enumerated() {
            let r = optimum.result
            let numbers = String(format: "  #%d  ELBO %.8f  KL(q||p) %.8f  |grad| %.1e  max eig %.3g",
                                 rank + 1, r.elbo, r.kl, optimum.verdict.gradientNorm,
                                 optimum.verdict.hessianEigenvalues.last ?? .nan)
            let verdict = optimum.verdict.isLocalMaximum ? "local max" : "NOT a strict local max"
            lines.append("\(numbers)  \(verdict)  [\(optimum.basinCount) starts]  \(r.q)")
        }
        return lines.joined(separator: "\n")
    }
}
