/// Invalid parameters for a distribution.
public enum DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter is outside its domain (for example a scale that is not positive and finite).
    case invalidParameter(name: String, value: Double, requirement: String)
    /// A mixture was given no components.
    case emptyMixture
    /// A mixture's weights and components differ in number.
    case weightCountMismatch(components: Int, weights: Int)
    /// A mixture weight is negative or not finite, or all weights are zero.
    case invalidWeights(String)

    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let requirement):
            return "\(name) = \(value) is invalid: it must be \(requirement)"
        case .emptyMixture:
            return "a mixture needs at least one component"
        case .weightCountMismatch(let components, let weights):
            return "a mixture of \(components) components was given \(weights) weights; give one weight per component"
        case .invalidWeights(let reason):
            return "invalid mixture weights: \(reason)"
        }
    }

    /// Checks that `value` is finite.
    static func requireFinite(_ value: Double, _ name: String) throws(DistributionError) {
        guard value.isFinite else {
            throw .invalidParameter(name: name, value: value, requirement: "finite")
        }
    }

    /// Checks that `value` is positive and finite.
    static func requirePositive(_ value: Double, _ name: String) throws(DistributionError) {
        guard value.isFinite, value > 0 else {
            throw .invalidParameter(name: name, value: value, requirement: "positive and finite")
        }
    }
}
