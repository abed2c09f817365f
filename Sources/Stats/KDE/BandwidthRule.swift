import Foundation

/// How a ``GaussianKDE`` chooses its kernel width.
///
/// The first three are `scipy.stats.gaussian_kde`'s `bw_method` values: they
/// give a *factor* that multiplies the data's (weighted, ddof = 1) standard
/// deviation. ``isj`` chooses the kernel standard deviation directly and is
/// expressed as the equivalent factor.
public enum BandwidthRule: Sendable, Equatable {
    /// Scott's rule, `factor = neff^(-1/5)` (scipy's and seaborn's default).
    case scott
    /// Silverman's rule, `factor = (neff · 3/4)^(-1/5)`.
    case silverman
    /// A fixed factor, as a scalar `bw_method` in scipy: `σ = factor · std`.
    case factor(Double)
    /// The improved Sheather–Jones plug-in rule of Botev, Grotowski and Kroese
    /// (2010), computed as KDEpy 1.1.12's `improved_sheather_jones` does.
    /// Suited to multimodal data, where Scott's rule oversmooths.
    case isj
}

extension BandwidthRule {
    /// The rule's factor before `adjust`, computed in scipy's floating-point order.
    func factor(effectiveSampleSize neff: Double, variance: Double, data: [Double], weights: [Double]?) throws -> Double {
        switch self {
        case .scott:
            return pow(neff, -1.0 / 5)
        case .silverman:
            return pow(neff * 3.0 / 4.0, -1.0 / 5)
        case .factor(let factor):
            guard factor.isFinite, factor > 0 else { throw KDEError.invalidBandwidthFactor(factor) }
            return factor
        case .isj:
            let sigma = try ImprovedSheatherJones.bandwidth(data: data, weights: weights)
            return sigma / variance.squareRoot()
        }
    }
}
