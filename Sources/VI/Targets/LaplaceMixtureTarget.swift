import Foundation
import Stats

/// A normalised mixture of Laplace densities as a VI target, with a
/// closed-form, allocation-free log density and derivative (the SVI hot loop
/// calls it millions of times).
///
/// `log p(x) = logsumexp_k (log wₖ − log 2bₖ − |x − mₖ| / bₖ)`; terms more
/// than 42 nats below the largest are skipped (they change the sum by less
/// than 1e-18 relative).
///
/// ```swift
/// let target = try LaplaceMixtureTarget.notebook()   // the notebook's 4 components
/// target.logDensity(4.16)
/// target.kinks        // the four locations
/// ```
public struct LaplaceMixtureTarget: DifferentiableLogDensityTarget, Equatable {
    /// The mixture as a `Stats` distribution (for plotting, sampling, moments).
    public let mixture: Mixture<Laplace>
    private let locations: [Double]
    private let inverseScales: [Double]
    private let logCoefficients: [Double]

    /// The mixture `Σ wₖ Laplace(mₖ, bₖ)`; weights default to equal.
    public init(components: [Laplace], weights: [Double]? = nil) throws(DistributionError) {
        try self.init(mixture: Mixture(components: components, weights: weights))
    }

    /// The target `p = mixture`.
    public init(mixture: Mixture<Laplace>) {
        self.mixture = mixture
        locations = mixture.components.map(\.location)
        inverseScales = mixture.components.map { 1 / $0.scale }
        logCoefficients = zip(mixture.logWeights, mixture.components).map { $0 - log(2 * $1.scale) }
    }

    /// The notebook's target: the equal-weight mixture of the Laplace components
    /// that `NotebookData.generate(variant:seed:)` draws (SEED 2314, K = 4).
    /// Component parameters do not depend on the variant.
    public static func notebook(seed: UInt32 = 2314, components: Int = 4) throws(VIError) -> LaplaceMixtureTarget {
        let data: NotebookData
        do {
            data = try NotebookData.generate(seed: seed, components: components)
        } catch {
            throw .invalidSetting(name: "components", value: Double(components), requirement: "positive (\(error))")
        }
        do {
            return try LaplaceMixtureTarget(components: data.components.map {
                try Laplace(location: $0.mean, scale: $0.scale)
            })
        } catch {
            throw .invalidSetting(name: "seed", value: Double(seed), requirement: "one that draws positive scales (\(error))")
        }
    }

    /// Terms this far below the largest are negligible: exp(−42) ≈ 6e-19.
    private static let negligibleGap = -42.0

    public func logDensity(_ x: Double) -> Double {
        logDensityAndDerivative(x).value
    }

    public func logDensityAndDerivative(_ x: Double) -> (value: Double, derivative: Double) {
        locations.withUnsafeBufferPointer { m in
            inverseScales.withUnsafeBufferPointer { inverse in
                logCoefficients.withUnsafeBufferPointer { c in
                    var largest = -Double.infinity
                    var leader = 0
                    for k in 0..<m.count {
                        let term = c[k] - abs(x - m[k]) * inverse[k]
                        if term > largest { largest = term; leader = k }
                    }
                    guard largest.isFinite else { return (largest, 0) }
                    var sum = 1.0
                    var slope = Self.slope(x, m[leader], inverse[leader])
                    for k in 0..<m.count where k != leader {
                        let gap = c[k] - abs(x - m[k]) * inverse[k] - largest
                        if gap > Self.negligibleGap {
                            let weight = exp(gap)
                            sum += weight
                            slope += weight * Self.slope(x, m[k], inverse[k])
                        }
                    }
                    return (largest + log(sum), slope / sum)
                }
            }
        }
    }

    /// `d/dx (−|x − m| / b)`, taking 0 at the kink.
    @inline(__always)
    private static func slope(_ x: Double, _ location: Double, _ inverseScale: Double) -> Double {
        x > location ? -inverseScale : (x < location ? inverseScale : 0)
    }

    /// The component locations.
    public var kinks: [Double] { locations }
    /// Each component's location ± 2 and 6 standard deviations.
    public var featurePoints: [Double] { mixture.featurePoints }
    /// 0: the mixture is normalised.
    public var knownLogNormalizer: Double? { 0 }
}
