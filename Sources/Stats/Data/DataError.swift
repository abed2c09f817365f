/// Problems with a data set as a whole, shared by every statistic.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There are no values (or none left once non-finite ones were removed).
    case empty
    /// There are `count` values, but the statistic needs at least `required`.
    case tooFewValues(count: Int, required: Int)
    /// Two arrays that must match in length do not.
    case lengthMismatch(name: String, expected: Int, actual: Int)
    /// A weight is negative, NaN or infinite, or all weights are zero.
    case invalidWeights(String)

    public var description: String {
        switch self {
        case .empty:
            return "no finite data values: the data set is empty or every value is NaN or infinite"
        case .tooFewValues(let count, let required):
            return "\(count) data value\(count == 1 ? "" : "s"); at least \(required) needed"
        case .lengthMismatch(let name, let expected, let actual):
            return "\(name) has \(actual) values but the data has \(expected)"
        case .invalidWeights(let reason):
            return "invalid weights: \(reason)"
        }
    }
}
