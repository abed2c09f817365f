/// Point counts as the Python peers read them: `int(float(text))`, so that
/// `1e6` and `1000000` both work.
public enum PointCount {
    /// The largest count the programs accept (8 GB of doubles).
    public static let maximum = 1_000_000_000

    /// Parses `text` as a count from 1 to ``maximum``.
    ///
    /// ```swift
    /// try PointCount.parse("1e6")  // 1_000_000
    /// ```
    public static func parse(_ text: String) throws(BenchmarkArgumentError) -> Int {
        guard let value = Double(text), value.isFinite, value >= 1, value <= Double(maximum) else {
            throw .invalidCount(text)
        }
        return Int(value)
    }
}
