import Foundation
import Stats

/// `E_{N(μ,σ²)}[g(X)·(1, Z, Z² − 1)]` with `Z = (X − μ)/σ`, by adaptive
/// quadrature in the standardised variable, with break points at `g`'s kinks
/// mapped to `z` and at the standard normal's centre and shoulders.
///
/// The three moments give the expectation and, by the score-function
/// identities `∂/∂μ E[g] = E[g·Z]/σ` and `∂/∂log σ E[g] = E[g·(Z² − 1)]`,
/// its exact gradient: no derivative of `g` is needed, so kinks are harmless.
enum GaussianExpectation {
    /// Standard-normal break points: the centre and ±2, ±6.
    static let standardBreakPoints: [Double] = [-6, -2, 0, 2, 6]
    static let logInverseSqrtTwoPi = -0.5 * log(2 * Double.pi)

    static func moments(
        mean: Double, sigma: Double, kinks: [Double], tolerance: QuadratureTolerance,
        _ g: (Double) -> Double
    ) throws(VIError) -> SIMD4<Double> {
        let breaks = standardBreakPoints + kinks.map { ($0 - mean) / sigma }
        return try quadrature { () throws(QuadratureError) in
            try AdaptiveQuadrature.integrate({ (z: Double) -> SIMD4<Double> in
                let phi = exp(logInverseSqrtTwoPi - 0.5 * z * z)
                guard phi > 0 else { return .zero }
                let weighted = phi * g(mean + sigma * z)
                return SIMD4(weighted, weighted * z, weighted * (z * z - 1), 0)
            }, from: -.infinity, to: .infinity, breakPoints: breaks, tolerance: tolerance).value
        }
    }
}
