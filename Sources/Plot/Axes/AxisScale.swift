import Foundation

/// How data values map to positions along an axis (matplotlib's `xscale`).
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios; values ≤ 0 are clipped to the
    /// axis edge (matplotlib's `nonpositive="clip"`).
    case log(base: Double)

    /// A base-10 logarithmic scale.
    public static let log10 = AxisScale.log(base: 10)

    /// The value in the scale's linear space.
    @inline(__always)
    public func forward(_ value: Double) -> Double {
        switch self {
        case .linear:
            return value
        case .log(let base):
            // matplotlib clips non-positive values to a very negative number.
            return value > 0 ? Foundation.log(value) / Foundation.log(base) : -1000
        }
    }

    /// The data value at a position of the scale's linear space.
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log(let base): return pow(base, value)
        }
    }

    var isLog: Bool {
        if case .log = self { return true }
        return false
    }
}
