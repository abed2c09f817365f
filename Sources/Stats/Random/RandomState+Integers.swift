extension RandomState {
    /// One integer uniform in `low..<high`: `np.random.randint(low, high)`
    /// (numpy's default int64 path with masked rejection sampling).
    public mutating func randint(low: Int, high: Int) throws(RandomStateError) -> Int {
        let range = try Self.integerRange(low: low, high: high)
        return Self.offset(low, by: boundedOffset(range: range))
    }

    /// `count` integers uniform in `low..<high`: `np.random.randint(low, high, count)`.
    ///
    /// ```swift
    /// var rng = RandomState(seed: 2314)
    /// let labels = try rng.randint(low: 0, high: 4, count: 200)
    /// ```
    public mutating func randint(low: Int, high: Int, count: Int) throws(RandomStateError) -> [Int] {
        let range = try Self.integerRange(low: low, high: high)
        return try draw(count) { Self.offset(low, by: $0.boundedOffset(range: range)) }
    }

    /// `high - low - 1` as an unsigned width (it cannot overflow once low < high).
    private static func integerRange(low: Int, high: Int) throws(RandomStateError) -> UInt64 {
        guard low < high else { throw .emptyIntegerRange(low: low, high: high) }
        return UInt64(bitPattern: Int64(high)) &- UInt64(bitPattern: Int64(low)) &- 1
    }

    private static func offset(_ low: Int, by value: UInt64) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: Int64(low)) &+ value)
    }
}
