import Foundation
import Stats

/// The reparameterisation Monte-Carlo estimator of the ELBO and its
/// gradient (the SVI / ADVI estimator): `x = μ + σ z`, `z ~ N(0, 1)`.
///
/// For a Gaussian, `ELBO ≈ (1/S) Σ log p̃(xₛ) + log σ + ½ log 2πe`,
/// `∂/∂μ ≈ (1/S) Σ (log p̃)'(xₛ)`, `∂/∂log σ ≈ (1/S) Σ (log p̃)'(xₛ) σ zₛ + 1`.
/// For a mixture each component is sampled separately (stratified) and the
/// score terms with zero expectation are dropped ("sticking the landing").
public enum ReparameterizedELBO {
    /// One Gaussian estimate from `samples` standard normals drawn from
    /// `source`; allocation-free, for the SVI inner loop.
    @inlinable
    public static func gaussian<Target: DifferentiableLogDensityTarget, Source: RandomSource>(
        target: Target, mu: Double, logSigma: Double, samples: Int, source: inout Source
    ) -> (elbo: Double, dMu: Double, dLogSigma: Double) {
        let sigma = exp(logSigma)
        var sumLogP = 0.0
        var sumSlope = 0.0
        var sumSlopeZ = 0.0
        for _ in 0..<samples {
            let z = source.nextStandardNormal()
            let (logP, slope) = target.logDensityAndDerivative(mu + sigma * z)
            sumLogP += logP
            sumSlope += slope
            sumSlopeZ += slope * z
        }
        let inverseCount = 1 / Double(samples)
        return (sumLogP * inverseCount + logSigma + gaussianEntropyConstant,
                sumSlope * inverseCount,
                sumSlopeZ * sigma * inverseCount + 1)
    }

    /// `½ log(2πe)`, the entropy of N(0, 1).
    public static let gaussianEntropyConstant = 0.5 * log(2 * Double.pi * M_E)

    /// One estimate for a Gaussian mixture: `samples` draws per component.
    public static func mixture<Target: DifferentiableLogDensityTarget>(
        target: Target, q: GaussianMixture, samples: Int, source: inout some RandomSource
    ) -> ObjectiveEvaluation {
        let parts = q.components
        var moments: [SIMD4<Double>] = []   // (E[g], E[g'], E[g' σ z], 0) per component
        for part in parts {
            var sum = SIMD4<Double>.zero
            for _ in 0..<samples {
                let z = source.nextStandardNormal()
                let x = part.mean + part.standardDeviation * z
                let (logP, slope) = target.logDensityAndDerivative(x)
                let (logQ, slopeQ) = logDensityAndDerivative(of: parts, at: x)
                let g = logP - logQ
                let gSlope = slope - slopeQ
                sum += SIMD4(g, gSlope, gSlope * part.standardDeviation * z, 0)
            }
            moments.append(sum / Double(samples))
        }
        let elbo = zip(parts, moments).reduce(0) { $0 + $1.0.weight * $1.1.x }
        let logits = zip(parts, moments).dropFirst().map { $0.weight * ($1.x - elbo) }
        let means = zip(parts, moments).map { $0.weight * $1.y }
        let logScales = zip(parts, moments).map { $0.weight * $1.z }
        return ObjectiveEvaluation(value: elbo, gradient: logits + means + logScales)
    }

    /// `log q(x)` and `d/dx log q(x)` for a weighted sum of normals.
    static func logDensityAndDerivative(of parts: [GaussianComponent], at x: Double) -> (Double, Double) {
        var sum = LogSumExp()
        var terms: [(Double, Double)] = []
        for part in parts {
            let z = (x - part.mean) / part.standardDeviation
            let term = log(part.weight) - log(part.standardDeviation) + GaussianExpectation.logInverseSqrtTwoPi - 0.5 * z * z
            sum.add(term)
            terms.append((term, -z / part.standardDeviation))
        }
        let logQ = sum.value
        return (logQ, terms.reduce(0) { $0 + exp($1.0 - logQ) * $1.1 })
    }
}
