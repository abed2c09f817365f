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

    /// Keeps the finite values of `raw`, in order. When every value is
    /// finite, `values` shares `raw`'s storage instead of copying it (a
    /// 10⁷-value column would otherwise cost another 80 MB).
    public init(_ raw: [Double]) {
        let nonFinite = raw.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 + ($1.isFinite ? 0 : 1) } }
        values = nonFinite == 0 ? raw : raw.filter(\.isFinite)
        dropped = nonFinite
    }

    /// The finite values, or ``DataError/empty`` when none are left.
    public func nonEmptyValues() throws(DataError) -> [Double] {
        guard !values.isEmpty else { throw .empty }
        return values
    }
}
