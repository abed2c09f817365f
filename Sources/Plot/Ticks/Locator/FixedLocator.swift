import Foundation

/// Ticks at the given values (matplotlib's `ticker.FixedLocator`, what
/// `set_xticks` installs), optionally thinned to at most `bins + 1` of them.
public struct FixedLocator: TickLocator, Hashable {
    public let values: [Double]
    /// When set, every n-th value is kept so that at most `bins + 1` remain,
    /// choosing the subset that holds the value nearest zero.
    public let bins: Int?

    /// - Throws: ``TickError/tooManyTicks(count:locator:)`` for more than
    ///   ``TickError/maximumTickCount`` values, ``TickError/invalidBinCount(_:)``
    ///   for `bins` below 1.
    public init(_ values: [Double], bins: Int? = nil) throws(TickError) {
        guard values.count <= TickError.maximumTickCount else {
            throw .tooManyTicks(count: Double(values.count), locator: "FixedLocator")
        }
        if let bins, bins < 1 { throw .invalidBinCount(bins) }
        self.values = values
        self.bins = bins
    }

    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] {
        guard let bins, !values.isEmpty else { return values }
        let step = max(Int((Double(values.count) / Double(bins)).rounded(.up)), 1)
        func every(from start: Int) -> [Double] { stride(from: start, to: values.count, by: step).map { values[$0] } }
        var ticks = every(from: 0)
        for start in 1..<step {
            let candidate = every(from: start)
            if let low = candidate.map(abs).min(), let current = ticks.map(abs).min(), low < current {
                ticks = candidate
            }
        }
        return ticks
    }
}

/// No ticks at all (matplotlib's `ticker.NullLocator`).
public struct NullLocator: TickLocator, Hashable {
    public init() {}

    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] { [] }
}
