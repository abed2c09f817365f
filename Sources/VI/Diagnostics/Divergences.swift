import Foundation
import Stats

extension LogDensityTarget {
    /// `KL(q‖p) = log Z − ELBO(q)` by quadrature (≥ 0 up to quadrature error).
    public func reverseKL<Family: VariationalFamily>(
        from q: Family, tolerance: QuadratureTolerance = .standard
    ) throws(VIError) -> Double {
        let logZ = try logNormalizer(tolerance: tolerance)
        return logZ - (try ExactELBO(target: self, tolerance: tolerance).value(q))
    }

    /// `KL(p‖q) = E_p[log p − log q]` by quadrature over the target, with
    /// break points at its kinks, features and `q`'s component means.
    public func forwardKL<Family: VariationalFamily>(
        to q: Family, tolerance: QuadratureTolerance = .standard
    ) throws(VIError) -> Double {
        let logZ = try logNormalizer(tolerance: tolerance)
        return try expectationUnderTarget(logZ: logZ, extraBreakPoints: q.components.map(\.mean), tolerance: tolerance) {
            x in (self.logDensity(x) - logZ) - q.logDensity(x)
        }
    }

    /// `E_p[f]` for a vector-valued `f`, integrating `p̃/Z · f` over the line.
    func expectationUnderTarget<Value: QuadratureValue>(
        logZ: Double, extraBreakPoints: [Double] = [], tolerance: QuadratureTolerance,
        _ f: (Double) -> Value
    ) throws(VIError) -> Value {
        try quadrature { () throws(QuadratureError) in
            try AdaptiveQuadrature.integrate({ x in
                let p = exp(self.logDensity(x) - logZ)
                return p > 0 ? p * f(x) : .zero
            }, from: -.infinity, to: .infinity,
            breakPoints: kinks + featurePoints + extraBreakPoints, tolerance: tolerance).value
        }
    }
}
