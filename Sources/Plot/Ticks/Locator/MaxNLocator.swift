/// matplotlib's `ticker.MaxNLocator`: at most `bins + 1` evenly spaced "nice" ticks inside the view.
///
/// `MaxNLocator.auto` is matplotlib's default `AutoLocator` (`bins: .auto`, steps 1, 2, 2.5, 5, 10).
/// The returned list may include one tick just beyond each end of the view, as matplotlib's does;
/// the formatter sees all of them, only the ones inside the view are drawn (see ``AxisTicker``).
///
/// ```swift
/// let ticks = MaxNLocator.auto.tickValues(vmin: 0, vmax: 2.26, tickSpace: 9)
/// // [0.0, 0.5, 1.0, 1.5, 2.0, 2.5]
/// ```
public struct MaxNLocator: Sendable, Hashable {
    /// How many intervals the ticks may split the view into.
    public enum BinCount: Sendable, Hashable {
        /// From the axis' tick space, clipped to `max(1, minimumTickCount - 1)...9` (9 without an axis).
        case auto
        /// A fixed maximum number of intervals (at least 1).
        case fixed(Int)
    }

    /// Which end ticks to drop (matplotlib's `prune`).
    public enum Pruning: Sendable, Hashable {
        /// Drop the first tick.
        case lower
        /// Drop the last tick.
        case upper
        /// Drop the first and the last tick.
        case both
    }

    /// The maximum number of intervals.
    public let bins: BinCount
    /// Acceptable step multiples in 1...10, starting with 1 and ending with 10.
    public let steps: [Double]
    /// Whether ticks take only integer values (when at least `minimumTickCount` integers are in view).
    public let integer: Bool
    /// Whether the range is made symmetric about zero before locating.
    public let symmetric: Bool
    /// End ticks to remove, if any.
    public let pruning: Pruning?
    /// The fewest ticks inside the view that a step must give before a smaller one is tried.
    public let minimumTickCount: Int

    /// `0.1 × steps` (without the last), the steps, and `10 × steps[1]`: the staircase searched.
    let extendedSteps: [Double]

    /// matplotlib's `AutoLocator`: automatic bins, steps `[1, 2, 2.5, 5, 10]`, at least 2 ticks.
    public static let auto = MaxNLocator(
        validatedBins: .auto, steps: [1, 2, 2.5, 5, 10], integer: false, symmetric: false,
        pruning: nil, minimumTickCount: 2)

    /// A locator with matplotlib's `MaxNLocator` parameters and defaults.
    ///
    /// - Parameters:
    ///   - bins: the maximum number of intervals (default 10, as matplotlib's `MaxNLocator()`).
    ///   - steps: step multiples; `nil` means `[1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]`. 1 and 10 are
    ///     added when missing.
    ///   - integer: whether ticks take only integer values (when at least `minimumTickCount`
    ///     integers are in view).
    ///   - symmetric: whether the range is made symmetric about zero before locating.
    ///   - pruning: the end ticks to drop (matplotlib's `prune`); `nil` keeps them.
    ///   - minimumTickCount: values below 1 count as 1.
    /// - Throws: ``TickError/invalidBinCount(_:)`` or ``TickError/invalidSteps(_:)``.
    public init(
        bins: BinCount = .fixed(10), steps: [Double]? = nil, integer: Bool = false,
        symmetric: Bool = false, pruning: Pruning? = nil, minimumTickCount: Int = 2
    ) throws(TickError) {
        if case let .fixed(count) = bins, count < 1 { throw .invalidBinCount(count) }
        self.init(
            validatedBins: bins, steps: try Self.validatedSteps(steps), integer: integer,
            symmetric: symmetric, pruning: pruning, minimumTickCount: max(1, minimumTickCount))
    }

    private init(
        validatedBins bins: BinCount, steps: [Double], integer: Bool, symmetric: Bool,
        pruning: Pruning?, minimumTickCount: Int
    ) {
        self.bins = bins
        self.steps = steps
        self.integer = integer
        self.symmetric = symmetric
        self.pruning = pruning
        self.minimumTickCount = minimumTickCount
        self.extendedSteps = steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
    }

    private static func validatedSteps(_ steps: [Double]?) throws(TickError) -> [Double] {
        guard let steps else { return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] }
        guard let first = steps.first, let last = steps.last, first >= 1, last <= 10,
            zip(steps, steps.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw .invalidSteps(steps) }
        return (first == 1 ? [] : [1]) + steps + (last == 10 ? [] : [10])
    }

    /// The tick locations for the view `vmin...vmax` (either order), as matplotlib's `tick_values`.
    ///
    /// - Parameters:
    ///   - vmin: one limit of the view.
    ///   - vmax: the other limit.
    ///   - tickSpace: the axis' estimate of how many ticks fit
    ///     (``AxisTicker/tickSpace(axisLengthPoints:fontSizePoints:orientation:)``), used when
    ///     `bins` is `.auto`; `nil` means no axis (9 bins).
    /// - Returns: increasing locations. Non-finite limits give ticks around zero, as matplotlib;
    ///   limits whose difference overflows give no ticks.
    public func tickValues(vmin: Double, vmax: Double, tickSpace: Int? = nil) -> [Double] {
        var low = vmin
        var high = vmax
        if symmetric {
            high = max(abs(low), abs(high))
            low = -high
        }
        (low, high) = Nonsingular.limits(low, high, expander: 1e-13, tiny: 1e-14)
        let ticks = rawTicks(low, high, bins: binCount(tickSpace: tickSpace))
        switch pruning {
        case nil: return ticks
        case .lower: return Array(ticks.dropFirst())
        case .upper: return Array(ticks.dropLast())
        case .both: return Array(ticks.dropFirst().dropLast())
        }
    }

    /// The number of intervals for an axis with the given tick space.
    public func binCount(tickSpace: Int?) -> Int {
        switch bins {
        case let .fixed(count):
            return count
        case .auto:
            guard let tickSpace else { return 9 }
            return min(max(tickSpace, max(1, minimumTickCount - 1)), 9)
        }
    }
}
