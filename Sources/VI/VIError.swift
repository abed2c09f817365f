import Stats

/// Why a variational fit or diagnostic could not be computed.
public enum VIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter vector has the wrong length for its family.
    case parameterCountMismatch(family: String, expected: Int, actual: Int)
    /// A parameter is NaN or infinite (or a scale is not positive).
    case invalidParameter(name: String, value: Double)
    /// A setting (step count, sample count, learning rate, …) is out of range.
    case invalidSetting(name: String, value: Double, requirement: String)
    /// A numerical integral failed.
    case quadrature(QuadratureError)
    /// The objective or its gradient became NaN or infinite during optimisation.
    case nonFiniteObjective(parameters: [Double])
    /// Too few finite importance weights to fit a Pareto tail.
    case tooFewImportanceWeights(count: Int, required: Int)
    /// The target's normalising constant is zero or infinite.
    case unnormalisableTarget(logNormalizer: Double)

    public var description: String {
        switch self {
        case .parameterCountMismatch(let family, let expected, let actual):
            return "\(family) takes \(expected) unconstrained parameters, got \(actual)"
        case .invalidParameter(let name, let value):
            return "parameter \(name) = \(value) is invalid: it must be finite (scales positive)"
        case .invalidSetting(let name, let value, let requirement):
            return "\(name) = \(value) is invalid: it must be \(requirement)"
        case .quadrature(let error):
            return "numerical integration failed: \(error)"
        case .nonFiniteObjective(let parameters):
            return "the objective became NaN or infinite at parameters \(parameters); start closer to the target's mass or lower the learning rate"
        case .tooFewImportanceWeights(let count, let required):
            return "\(count) finite importance weights; at least \(required) are needed to fit the Pareto tail"
        case .unnormalisableTarget(let logNormalizer):
            return "the target's log normalising constant is \(logNormalizer); the unnormalised density must integrate to a positive finite value"
        }
    }

    /// Checks that `value` satisfies `condition`.
    static func require(_ condition: Bool, _ name: String, _ value: Double, _ requirement: String) throws(VIError) {
        guard condition else { throw .invalidSetting(name: name, value: value, requirement: requirement) }
    }
}

/// Runs a quadrature-based computation, wrapping its error.
func quadrature<T>(_ body: () throws(QuadratureError) -> T) throws(VIError) -> T {
    do { return try body() } catch { throw .quadrature(error) }
}
