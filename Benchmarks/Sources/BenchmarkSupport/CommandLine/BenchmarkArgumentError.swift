/// A command-line argument the benchmark programs cannot use.
public enum BenchmarkArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The program was called with the wrong arguments; the payload is its usage line.
    case usage(String)
    /// A point count that is not a whole number from 1 to 10⁹ (e.g. `1e6` or `250000`).
    case invalidCount(String)

    /// A message saying what was wrong and what to pass instead.
    public var description: String {
        switch self {
        case .usage(let line):
            "usage: \(line)"
        case .invalidCount(let text):
            "invalid point count \(text): give a whole number from 1 to 1e9, e.g. 1e6 or 250000"
        }
    }
}
