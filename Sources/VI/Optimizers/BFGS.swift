import Foundation

/// A quasi-Newton maximiser (BFGS on the inverse Hessian) with a
/// backtracking Armijo line search, for smooth deterministic objectives such
/// as ``ExactELBO``.
///
/// It stops, converged, when the largest gradient component is at most
/// ``gradientTolerance`` or the objective's relative change stays below
/// ``relativeTolerance`` for two successive iterations. The line search
/// tolerates a decrease of up to ``noiseTolerance`` (relative) so that
/// quadrature round-off near the optimum does not stall it.
///
/// ```swift
/// let outcome = try BFGS().maximize(from: [10, 0]) { theta throws(VIError) in
///     try objective.evaluate(try Gaussian(unconstrainedParameters: theta))
/// }
/// ```
public struct BFGS: Sendable, Equatable, Codable {
    /// Iteration limit.
    public var maxIterations: Int
    /// Converged once `max |∂f/∂θᵢ|` is at most this.
    public var gradientTolerance: Double
    /// Converged once `|Δf| ≤ relativeTolerance · max(|f|, 1)` twice in a row.
    public var relativeTolerance: Double
    /// The relative objective noise the line search tolerates.
    public var noiseTolerance: Double

    /// A BFGS maximiser with the given limits.
    public init(maxIterations: Int = 200, gradientTolerance: Double = 1e-8,
                relativeTolerance: Double = 1e-14, noiseTolerance: Double = 1e-11) {
        self.maxIterations = maxIterations
        self.gradientTolerance = gradientTolerance
        self.relativeTolerance = relativeTolerance
        self.noiseTolerance = noiseTolerance
    }

    /// Maximises `objective` from `start`.
    public func maximize(from start: [Double], _ objective: Objective) throws(VIError) -> OptimizationOutcome {
        try VIError.require(maxIterations >= 0, "maxIterations", Double(maxIterations), "non-negative")
        let n = start.count
        var theta = start
        var current = try objective(theta)
        var inverseHessian = identity(n)
        var trace = [current.value]
        var quietIterations = 0
        var iteration = 0
        while iteration < maxIterations {
            if largest(current.gradient) <= gradientTolerance { break }
            // Ascent direction d = H g.
            var direction = multiply(inverseHessian, current.gradient)
            var slope = dot(direction, current.gradient)
            if !(slope > 0) {
                inverseHessian = identity(n)
                direction = current.gradient
                slope = dot(direction, direction)
            }
            guard let (step, next) = try lineSearch(theta, current, direction, slope, objective) else { break }
            iteration += 1
            let change = abs(next.value - current.value)
            quietIterations = change <= relativeTolerance * max(abs(next.value), 1) ? quietIterations + 1 : 0
            let y = zip(current.gradient, next.gradient).map { $0 - $1 }   // −Δ∇f of −f
            update(&inverseHessian, step: step, gradientChange: y, first: iteration == 1)
            theta = zip(theta, step).map(+)
            current = next
            trace.append(current.value)
            if quietIterations >= 2 { break }
        }
        let converged = largest(current.gradient) <= gradientTolerance || quietIterations >= 2
        return OptimizationOutcome(parameters: theta, final: current, trace: trace,
                                   iterations: iteration, converged: converged)
    }

    /// Backtracking from the full step; `nil` when no acceptable step exists.
    private func lineSearch(
        _ theta: [Double], _ current: ObjectiveEvaluation, _ direction: [Double], _ slope: Double,
        _ objective: Objective
    ) throws(VIError) -> ([Double], ObjectiveEvaluation)? {
        var alpha = 1.0
        let noise = noiseTolerance * max(abs(current.value), 1)
        for _ in 0..<60 {
            let step = direction.map { alpha * $0 }
            let candidate = zip(theta, step).map(+)
            if let next = try? objective(candidate), next.value.isFinite,
               next.gradient.allSatisfy(\.isFinite),
               next.value >= current.value + 1e-4 * alpha * slope - noise {
                return (step, next)
            }
            alpha *= 0.5
        }
        return nil
    }

    /// The BFGS update of the inverse Hessian of `−f` (skipped when the
    /// curvature condition fails); the first update rescales the identity.
    private func update(_ h: inout [[Double]], step s: [Double], gradientChange y: [Double], first: Bool) {
        let sy = dot(s, y)
        guard sy > 1e-12 * (dot(s, s) * dot(y, y)).squareRoot() else { return }
        if first {
            let scale = sy / dot(y, y)
            h = identity(s.count).map { $0.map { $0 * scale } }
        }
        let rho = 1 / sy
        let hy = multiply(h, y)
        let yhy = dot(y, hy)
        for i in 0..<s.count {
            for j in 0..<s.count {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]
            }
        }
    }
}

func identity(_ n: Int) -> [[Double]] {
    (0..<n).map { i in (0..<n).map { $0 == i ? 1 : 0 } }
}

func multiply(_ matrix: [[Double]], _ vector: [Double]) -> [Double] {
    matrix.map { dot($0, vector) }
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}

func largest(_ values: [Double]) -> Double {
    values.reduce(0) { max($0, abs($1)) }
}
