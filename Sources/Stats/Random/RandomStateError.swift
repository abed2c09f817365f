/// Invalid arguments to a ``RandomState`` sampler (numpy raises `ValueError`
/// or `OverflowError` for the same inputs).
public enum RandomStateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A negative number of draws was requested.
    case negativeCount(Int)
    /// `randint` needs `low < high` (the upper bound is exclusive).
    case emptyIntegerRange(low: Int, high: Int)
    /// A scale parameter is negative (including −0.0) or NaN.
    case invalidScale(name: String, value: Double)
    /// A location or bound is NaN or infinite, or `high - low` overflows.
    case nonFiniteParameter(name: String, value: Double)

    /// A message that says what was wrong and what to do about it.
    public var description: String {
        switch self {
        case .negativeCount(let count):
            return "cannot draw \(count) values: the count must be zero or positive"
        case .emptyIntegerRange(let low, let high):
            return "randint(low: \(low), high: \(high)) has no values: high is exclusive and must be greater than low"
        case .invalidScale(let name, let value):
            return "\(name) is \(value); it must be a non-negative number"
        case .nonFiniteParameter(let name, let value):
            return "\(name) is \(value); it must be finite"
        }
    }
}
