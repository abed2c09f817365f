/// Why adaptive quadrature failed.
public enum QuadratureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The error estimate did not reach the tolerance within the subdivision limit.
    case notConverged(errorEstimate: Double, goal: Double, subdivisions: Int)
    /// An interval shrank to the resolution of floating point near `x` without converging
    /// (usually a kink or singularity that was not given as a break point).
    case intervalTooSmall(at: Double, errorEstimate: Double, goal: Double)
    /// The integrand returned NaN or an infinity at `x`.
    case nonFiniteIntegrand(at: Double)
    /// The bounds are NaN or the lower bound exceeds the upper one.
    case invalidBounds(lower: Double, upper: Double)
    /// The tolerances are negative, not finite, or both zero.
    case invalidTolerance(absolute: Double, relative: Double)
    /// The subdivision limit is negative.
    case invalidSubdivisionLimit(Int)

    public var description: String {
        switch self {
        case .notConverged(let error, let goal, let subdivisions):
            return "quadrature did not converge: estimated error \(error) > goal \(goal) after \(subdivisions) subdivisions; raise maxSubdivisions, loosen the tolerance, or pass the integrand's kinks as break points"
        case .intervalTooSmall(let x, let error, let goal):
            return "quadrature stalled near x = \(x): the interval cannot be split further (error \(error) > goal \(goal)); pass that point as a break point or loosen the tolerance"
        case .nonFiniteIntegrand(let x):
            return "the integrand is not finite at x = \(x)"
        case .invalidBounds(let lower, let upper):
            return "invalid integration bounds [\(lower), \(upper)]: they must not be NaN and lower must not exceed upper"
        case .invalidTolerance(let absolute, let relative):
            return "invalid tolerance (absolute \(absolute), relative \(relative)): both must be finite and non-negative, and not both zero"
        case .invalidSubdivisionLimit(let limit):
            return "the subdivision limit \(limit) must not be negative"
        }
    }
}
