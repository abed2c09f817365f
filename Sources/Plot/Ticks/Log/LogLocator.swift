import Foundation

/// matplotlib's `LogLocator` for base 10 as a log axis sets it up (`LogScale`): ``major`` puts ticks
/// on powers of ten (`subs=(1.0,)`), ``minor`` on their multiples 2…9 (`subs="auto"`), both with
/// `numticks="auto"`.
///
/// Like matplotlib, the result runs one major tick past each end of the view, and the minor locator
/// gives no ticks when the major ticks skip decades, and falls back to `AutoLocator` (linear ticks)
/// when the view holds at most one log tick.
///
/// ```swift
/// let majors = try LogLocator.major.tickValues(vmin: 0.07, vmax: 30, tickSpace: 11)
/// // [0.01, 0.1, 1, 10, 100]
/// ```
public struct LogLocator: Sendable, Hashable {
    /// Which multiples of the powers of ten get ticks.
    public enum Subdivision: Sendable, Hashable {
        /// Powers of ten only (`subs=(1.0,)`): the major locator.
        case decades
        /// 2…9 × each power of ten, when the view spans fewer than 10 decades (`subs="auto"`):
        /// the minor locator.
        case auto
    }

    /// Which multiples of the powers of ten get ticks.
    public let subdivision: Subdivision

    /// The major locator of a log axis.
    public static let major = LogLocator(subdivision: .decades)
    /// The minor locator of a log axis.
    public static let minor = LogLocator(subdivision: .auto)

    /// A locator with the given subdivision.
    public init(subdivision: Subdivision) {
        self.subdivision = subdivision
    }

    /// The tick locations for the view `vmin...vmax` (either order), as matplotlib's `tick_values`.
    ///
    /// - Parameters:
    ///   - vmin: one limit of the view.
    ///   - vmax: the other limit.
    ///   - tickSpace: the axis' estimate of how many ticks fit
    ///     (``AxisTicker/tickSpace(axisLengthPoints:fontSizePoints:orientation:)``); the locator
    ///     asks for `min(max(tickSpace, 2), 9)` major ticks. `nil` means no axis (9).
    /// - Returns: increasing locations, including some outside the view. Decades beyond the range of
    ///   `Double` come out as `0` or `+inf`, as in matplotlib.
    /// - Throws: ``TickError/nonPositiveLogLimits(_:_:)`` unless both limits are finite and positive.
    public func tickValues(vmin: Double, vmax: Double, tickSpace: Int? = nil) throws(TickError) -> [Double] {
        guard vmin.isFinite, vmax.isFinite, vmin > 0, vmax > 0 else {
            throw .nonPositiveLogLimits(vmin, vmax)
        }
        let (low, high) = vmin <= vmax ? (vmin, vmax) : (vmax, vmin)
        let plan = DecadePlan(low: low, high: high, requested: min(max(tickSpace ?? 9, 2), 9))
        switch subdivision {
        case .decades:
            return plan.decades.map(PythonFloat.intPowerOfTen)
        case .auto:
            return minorTicks(plan: plan, low: low, high: high)
        }
    }

    /// `subs="auto"`: multiples 2…9 of every decade from the one below the first major tick, while
    /// major ticks are one decade apart; `AutoLocator` when that leaves at most one tick in view.
    private func minorTicks(plan: DecadePlan, low: Double, high: Double) -> [Double] {
        guard plan.available < 10, plan.stride == 1 || plan.available <= 1 else { return [] }
        let ticks = (plan.lowestDecade - 1...plan.highestDecade).flatMap { decade in
            let power = pow(10, Double(decade))  // Python's float power, C pow
            return (2...9).map { Double($0) * power }
        }
        let inView = ticks.count { low <= $0 && $0 <= high }
        if plan.stride == 1 && plan.decades.count - 2 + inView <= 1 {
            return MaxNLocator.auto.tickValues(vmin: low, vmax: high)
        }
        return ticks
    }
}
