import Stats

/// The benchmark data of the Python peers (`distplot_n.py`, `stats_n.py`): a
/// three-component mixture of unit normals with means −4, 0 and 3, each value
/// picking its component uniformly.
///
/// The values come from numpy's legacy `RandomState` (the peers use
/// `default_rng`), so they follow the same distribution, not the same digits.
///
/// ```swift
/// let values = try MixtureSample.values(count: 1_000_000)
/// ```
public enum MixtureSample {
    /// The component means.
    public static let means: [Double] = [-4, 0, 3]

    /// `count` mixture values drawn from `RandomState(seed: seed)`: first the
    /// component of every value (`randint(0, 3, count)`), then one standard normal each.
    ///
    /// - Throws: ``BenchmarkArgumentError/invalidCount(_:)`` when `count` is below 1.
    public static func values(count: Int, seed: UInt32 = 0) throws(BenchmarkArgumentError) -> [Double] {
        guard count >= 1 else { throw .invalidCount(String(count)) }
        var rng = RandomState(seed: seed)
        do {
            let components = try rng.randint(low: 0, high: means.count, count: count)
            return components.map { means[$0] + rng.standardNormal() }
        } catch {
            throw .invalidCount("\(count) (\(error))")
        }
    }
}
