import Foundation

extension LogLocator {
    /// matplotlib's `LogLocator.nonsingular`: limits a log axis can show, increasing.
    ///
    /// `set_xlim`/`set_ylim` call it on the requested limits (before
    /// ``LogScaleLimits/limitRange(vmin:vmax:minPositive:)``), and autoscaling calls it on the data
    /// interval first and, as `view_limits`, on the limits after the margins (under rcdefaults,
    /// `axes.autolimit_mode="data"`, `view_limits` is exactly this function).
    ///
    /// - Non-finite limits, or no positive limit, give `(1, 10)` (matplotlib's initial log view).
    /// - A non-positive lower limit becomes `minPositive` (`1e-300` when that is not finite).
    /// - Equal limits widen to the surrounding decades: `3 → (1, 10)`, `10 → (1, 100)`.
    ///
    /// ```swift
    /// LogLocator.nonsingular(0, 20, minPositive: 0.5)   // (0.5, 20)
    /// ```
    ///
    /// - Parameters:
    ///   - vmin: the requested lower limit (the limits may come in either order).
    ///   - vmax: the requested upper limit.
    ///   - minPositive: the smallest positive data value on the axis (`dataLim.minpos`,
    ///     `+inf` when there is none).
    public static func nonsingular(_ vmin: Double, _ vmax: Double, minPositive: Double) -> (Double, Double) {
        var (low, high) = vmin > vmax ? (vmax, vmin) : (vmin, vmax)
        guard low.isFinite, high.isFinite, high > 0 else { return (1, 10) }
        if low <= 0 {
            low = minPositive.isFinite ? minPositive : 1e-300
        }
        if low == high {
            low = decadeBelow(low)
            high = decadeAbove(high)
        }
        return (low, high)
    }

    /// matplotlib's `_decade_less`: the largest power of ten strictly below positive `x`.
    static func decadeBelow(_ x: Double) -> Double {
        let decade = pow(10, (log(x) / log(10)).rounded(.down))
        return decade == x ? decade / 10 : decade
    }

    /// matplotlib's `_decade_greater`: the smallest power of ten strictly above positive `x`.
    static func decadeAbove(_ x: Double) -> Double {
        let decade = pow(10, (log(x) / log(10)).rounded(.up))
        return decade == x ? decade * 10 : decade
    }
}
