import Foundation
import Stats

extension LogDensityTarget {
    /// `log Z = log ∫ p̃(x) dx`: the known value, or adaptive quadrature over
    /// the whole line with break points at the kinks and feature points.
    ///
    /// The integrand is shifted by the largest `log p̃` seen at the feature
    /// points so that `exp` neither overflows nor underflows.
    public func logNormalizer(tolerance: QuadratureTolerance = .standard) throws(VIError) -> Double {
        if let known = knownLogNormalizer { return known }
        let probes = kinks + featurePoints
        let shift = probes.map(logDensity).filter(\.isFinite).max() ?? 0
        let integral = try quadrature { () throws(QuadratureError) in
            try AdaptiveQuadrature.integrate(
                { x in exp(self.logDensity(x) - shift) },
                from: -.infinity, to: .infinity, breakPoints: probes, tolerance: tolerance
            ).value
        }
        let logZ = shift + log(integral)
        guard logZ.isFinite else { throw .unnormalisableTarget(logNormalizer: logZ) }
        return logZ
    }
}
