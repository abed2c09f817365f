import Foundation
import Stats

/// How a candidate optimum is verified: the exact gradient must be nearly
/// zero and the Hessian (central finite differences of the exact gradient)
/// negative definite.
public struct LocalMaximumCheck: Sendable, Equatable, Codable {
    /// Largest allowed `max |∂ELBO/∂θᵢ|`.
    public var gradientTolerance: Double
    /// Finite-difference step in each unconstrained parameter.
    public var step: Double
    /// The largest Hessian eigenvalue must be below `-curvatureTolerance`.
    public var curvatureTolerance: Double

    /// A check with the given tolerances.
    public init(gradientTolerance: Double = 1e-6, step: Double = 1e-4, curvatureTolerance: Double = 1e-8) {
        self.gradientTolerance = gradientTolerance
        self.step = step
        self.curvatureTolerance = curvatureTolerance
    }

    /// The symmetrised finite-difference Hessian of `objective` at `theta`.
    public func hessian(at theta: [Double], _ objective: Objective) throws(VIError) -> [[Double]] {
        let n = theta.count
        var columns: [[Double]] = []
        for j in 0..<n {
            var plus = theta
            var minus = theta
            plus[j] += step
            minus[j] -= step
            let up = try objective(plus).gradient
            let down = try objective(minus).gradient
            columns.append(zip(up, down).map { ($0 - $1) / (2 * step) })
        }
        return (0..<n).map { i in (0..<n).map { j in 0.5 * (columns[j][i] + columns[i][j]) } }
    }

    /// Evaluates the gradient norm and Hessian eigenvalues at `theta`.
    public func verify(at theta: [Double], _ objective: Objective) throws(VIError) -> LocalMaximumVerdict {
        let gradientNorm = largest(try objective(theta).gradient)
        let eigenvalues = symmetricEigenvalues(try hessian(at: theta, objective))
        let isMaximum = gradientNorm <= gradientTolerance && (eigenvalues.last ?? 0) < -curvatureTolerance
        return LocalMaximumVerdict(gradientNorm: gradientNorm, hessianEigenvalues: eigenvalues, isLocalMaximum: isMaximum)
    }
}

/// The result of a ``LocalMaximumCheck``.
public struct LocalMaximumVerdict: Sendable, Equatable, Codable {
    /// `max |∂ELBO/∂θᵢ|` at the point.
    public let gradientNorm: Double
    /// The Hessian's eigenvalues, ascending (all negative at a strict maximum).
    public let hessianEigenvalues: [Double]
    /// Whether the gradient is ~0 and the Hessian negative definite.
    public let isLocalMaximum: Bool
}
