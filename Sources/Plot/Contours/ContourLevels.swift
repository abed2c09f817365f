/// Which values a contour plot draws lines at or fills between
/// (matplotlib's `levels=` argument of `contour` and `contourf`).
///
/// ```swift
/// try ContourLevels.count(10).resolved(for: 0...0.9998)   // [0, 0.1, …, 1]
/// ```
public enum ContourLevels: Sendable, Hashable {
    /// About `n` intervals of "nice" values over the data
    /// (matplotlib's `levels=n`: `MaxNLocator(n + 1, min_n_ticks=1)`).
    case count(Int)
    /// These values, strictly increasing.
    case values([Double])

    /// matplotlib's default, `levels=None`: `.count(7)`.
    public static let automatic = ContourLevels.count(7)

    /// The levels matplotlib uses for data from `zRange.lowerBound` to
    /// `zRange.upperBound` (its `ContourSet._autolev` for a count): the
    /// locator's values with those beyond the data trimmed to at most one
    /// below the smallest value and one above the largest, so that filled
    /// bands cover the data (contour and contourf choose the same levels).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a negative count,
    ///   for values that are not finite and strictly increasing, and when
    ///   `filled` and there are fewer than two levels.
    public func resolved(for zRange: ClosedRange<Double>, filled: Bool = false) throws(PlotError) -> [Double] {
        let levels: [Double]
        switch self {
        case .count(let count):
            guard count >= 0, count < .max, let locator = try? MaxNLocator(bins: .fixed(count + 1), minimumTickCount: 1) else {
                throw .invalidArgument("contour: the number of levels must not be negative, got \(count)")
            }
            levels = Self.trimmed(locator.tickValues(vmin: zRange.lowerBound, vmax: zRange.upperBound), to: zRange)
        case .values(let values):
            guard !values.isEmpty, values.allSatisfy({ !$0.isNaN }) else {
                throw .invalidArgument("contour: levels must be one or more numbers, got \(values)")
            }
            guard zip(values, values.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw .invalidArgument("contour: levels must be increasing, got \(values)")
            }
            levels = values
        }
        if filled && levels.count < 2 {
            throw .invalidArgument("contourf: filled contours require at least 2 levels, got \(levels)")
        }
        return levels
    }

    /// The trimming of `ContourSet._autolev` (with `extend="neither"`): keeps
    /// the last level below the data and the first above, unless fewer than
    /// three would remain.
    private static func trimmed(_ levels: [Double], to zRange: ClosedRange<Double>) -> [Double] {
        var low = levels.lastIndex { $0 < zRange.lowerBound } ?? 0
        var high = (levels.firstIndex { $0 > zRange.upperBound }).map { $0 + 1 } ?? levels.count
        if high - low < 3 { (low, high) = (0, levels.count) }
        return Array(levels[low..<high])
    }

    /// The bands a filled contour paints between consecutive `levels`, as
    /// matplotlib's `_get_lowers_and_uppers`: a band holds `lower < z <= upper`,
    /// so when the smallest value `zmin` is the first level, the first band's
    /// lower end moves down by 1 to take it in.
    static func bands(_ levels: [Double], zmin: Double) -> [(lower: Double, upper: Double)] {
        zip(levels, levels.dropFirst()).enumerated().map { index, pair in
            (index == 0 && pair.0 == zmin ? pair.0 - 1 : pair.0, pair.1)
        }
    }
}
