/// A value that adaptive quadrature can integrate: a scalar, or a small
/// fixed-size vector whose components share one adaptive partition (so an
/// objective and its gradient cost one set of integrand evaluations).
public protocol QuadratureValue: Sendable {
    /// The additive identity.
    static var zero: Self { get }
    /// Componentwise sum.
    static func + (lhs: Self, rhs: Self) -> Self
    /// Componentwise difference.
    static func - (lhs: Self, rhs: Self) -> Self
    /// Scaling by a real number.
    static func * (lhs: Double, rhs: Self) -> Self
    /// The componentwise absolute value.
    var componentwiseMagnitude: Self { get }
    /// The largest absolute component, the norm used for error control.
    var largestMagnitude: Double { get }
    /// Whether every component is finite.
    var isEveryComponentFinite: Bool { get }
}

extension Double: QuadratureValue {
    @inlinable public var componentwiseMagnitude: Double { magnitude }
    @inlinable public var largestMagnitude: Double { magnitude }
    @inlinable public var isEveryComponentFinite: Bool { isFinite }
}

extension SIMD2: QuadratureValue where Scalar == Double {
    @inlinable public var componentwiseMagnitude: SIMD2<Double> { SIMD2(x.magnitude, y.magnitude) }
    @inlinable public var largestMagnitude: Double { componentwiseMagnitude.max() }
    @inlinable public var isEveryComponentFinite: Bool { x.isFinite && y.isFinite }
}

extension SIMD4: QuadratureValue where Scalar == Double {
    @inlinable public var componentwiseMagnitude: SIMD4<Double> {
        SIMD4(x.magnitude, y.magnitude, z.magnitude, w.magnitude)
    }
    @inlinable public var largestMagnitude: Double { componentwiseMagnitude.max() }
    @inlinable public var isEveryComponentFinite: Bool { x.isFinite && y.isFinite && z.isFinite && w.isFinite }
}
