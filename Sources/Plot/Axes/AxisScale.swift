import Foundation

/// How data values map to positions along an axis (matplotlib's `xscale`).
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Base-10 logarithmic: equal distances for equal ratios, with
    /// matplotlib's log ticks (10ⁿ labels, minor ticks at 2…9 × 10ⁿ). Values
    /// ≤ 0 are clipped to the axis edge (matplotlib's `nonpositive="clip"`).
    case log

    /// The value in the scale's linear space (`np.log10`; values ≤ 0 map to
    /// −1000, as matplotlib clips them).
    @inline(__always)
    public func forward(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log: return value > 0 ? log10(value) : -1000
        }
    }

    /// The data value at a position of the scale's linear space (matplotlib's
    /// `np.exp(x * np.log(10))`).
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log: return exp(value * Foundation.log(10.0))
        }
    }
}
