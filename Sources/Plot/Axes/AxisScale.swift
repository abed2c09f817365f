import Foundation

/// How data values map to positions along an axis (matplotlib's `xscale`).
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences.
    case linear
    /// Base-10 logarithmic: equal distances for equal ratios, with
    /// matplotlib's log ticks (10ⁿ labels, minor ticks at 2…9 × 10ⁿ). Values
    /// ≤ 0 are clipped to the axis edge (matplotlib's `nonpositive="clip"`).
    case log
    /// A scale of the user's own (matplotlib's `FuncScale`): positions are
    /// `forward(value)`, ticked by `AutoLocator` and `ScalarFormatter` in
    /// data values, with no minor ticks.
    case function(FunctionScale)

    /// The value in the scale's linear space (`np.log10`; values ≤ 0 map to
    /// −1000, as matplotlib clips them).
    @inline(__always)
    public func forward(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log: return value > 0 ? log10(value) : -1000
        case .function(let scale): return scale.transform.forward(value)
        }
    }

    /// The data value at a position of the scale's linear space (matplotlib's
    /// `np.exp(x * np.log(10))`).
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .linear: return value
        case .log: return exp(value * Foundation.log(10.0))
        case .function(let scale): return scale.transform.inverse(value)
        }
    }
}

extension AxisScale {
    /// Whether `value` can be shown: positive on a log axis, with a finite
    /// position on a function axis, anything on a linear one.
    func isInDomain(_ value: Double) -> Bool {
        switch self {
        case .linear: return true
        case .log: return value > 0
        case .function(let scale): return scale.contains(value)
        }
    }
}

/// The mapping of a user-defined scale: data values to positions and back.
///
/// ```swift
/// struct SquareRoot: ScaleTransform {
///     let name = "sqrt"
///     func forward(_ value: Double) -> Double { value.squareRoot() }
///     func inverse(_ position: Double) -> Double { position * position }
/// }
/// axes.yScale = .function(FunctionScale(SquareRoot()))
/// ```
public protocol ScaleTransform: Sendable {
    /// What tells this scale from others (two scales of one name are equal).
    var name: String { get }
    /// The position of a data value; monotonic where it is finite.
    func forward(_ value: Double) -> Double
    /// The data value at a position.
    func inverse(_ position: Double) -> Double
}

/// A ``ScaleTransform`` held by ``AxisScale/function(_:)``; equal when the
/// names are.
public struct FunctionScale: Sendable, Hashable {
    public let transform: any ScaleTransform

    public init(_ transform: any ScaleTransform) {
        self.transform = transform
    }

    public static func == (a: FunctionScale, b: FunctionScale) -> Bool { a.transform.name == b.transform.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(transform.name) }

    /// Whether a data value has a finite position.
    func contains(_ value: Double) -> Bool { transform.forward(value).isFinite }
}
