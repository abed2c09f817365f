/// A data set with its NaN and infinite values removed, remembering how many
/// were dropped so that a caller can warn about them (as seaborn does).
///
/// ```swift
/// let sample = FiniteSample([1, .nan, 3, .infinity])
/// sample.values   // [1, 3]
/// sample.dropped  // 2
/// ```
public struct FiniteSample: Sendable, Equatable {
    /// The finite values, in their original order.
    public let values: [Double]
    /// How many values were NaN or infinite.
    public let dropped: Int

    /// Keeps the finite values of `raw`, in order.
    public init(_ raw: [Double]) {
        let finite = raw.filter(\.isFinite)
        values = finite
        dropped = raw.count - finite.count
    }

    /// The finite values, or ``DataError/empty`` when none are left.
    public func nonEmptyValues() throws(DataError) -> [Double] {
        guard !values.isEmpty else { throw .empty }
        return values
    }
}
