/// Why a summary statistic cannot be computed.
public enum SummaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data set as a whole is unusable (empty, or too few values for `ddof`).
    case data(DataError)
    /// Some values are NaN or infinite; remove them first (see ``FiniteSample``).
    case nonFiniteValues(count: Int)
    /// A percentile outside 0…100 (or NaN) was requested.
    case percentileOutOfRange(Double)

    /// A message that says what was wrong and what to do about it.
    public var description: String {
        switch self {
        case .data(let error):
            return error.description
        case .nonFiniteValues(let count):
            return "\(count) value\(count == 1 ? " is" : "s are") NaN or infinite; drop them first (FiniteSample does)"
        case .percentileOutOfRange(let percentile):
            return "percentile \(percentile) is outside 0...100"
        }
    }
}
