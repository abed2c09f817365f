/// Summary statistics computed exactly as numpy computes them, so that a
/// result feeding a histogram rule or a bandwidth agrees with numpy bit for bit.
///
/// Sums use numpy's pairwise summation; `variance` and `standardDeviation`
/// follow `np.var` / `np.std` (mean first, then the sum of squared deviations);
/// percentiles use numpy's default `"linear"` method and its two-sided lerp.
/// Every function expects finite values and says so with a ``SummaryError``.
///
/// ```swift
/// let x: [Double] = [3, 1, 4, 1, 5, 9, 2, 6]
/// try Summary.mean(x)                          // 3.875
/// try Summary.standardDeviation(x, ddof: 1)    // np.std(x, ddof=1)
/// try Summary.percentile(x, 75)                // np.percentile(x, 75)
/// try Summary.interquartileRange(x)            // np.subtract(*np.percentile(x, [75, 25]))
/// ```
public enum Summary {
    /// Counts the non-finite values, throwing when the data are empty or any
    /// value is NaN or infinite.
    static func requireFinite(_ values: UnsafeBufferPointer<Double>) throws(SummaryError) {
        guard !values.isEmpty else { throw .data(.empty) }
        var nonFinite = 0
        for value in values where !value.isFinite { nonFinite += 1 }
        guard nonFinite == 0 else { throw .nonFiniteValues(count: nonFinite) }
    }
}
