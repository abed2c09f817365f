import Foundation

/// A 2-D affine map, built up as matplotlib's `Affine2D` is: each call
/// applies after the ones before (`AffineTransform().scaled(0.5).rotated(degrees: 45)`
/// scales, then rotates).
public struct AffineTransform: Hashable, Sendable {
    // x' = a·x + c·y + tx, y' = b·x + d·y + ty
    public var a = 1.0, b = 0.0, c = 0.0, d = 1.0, tx = 0.0, ty = 0.0

    /// The identity.
    public init() {}

    /// The map followed by `other`.
    public func then(_ other: AffineTransform) -> AffineTransform {
        var result = AffineTransform()
        result.a = other.a * a + other.c * b
        result.b = other.b * a + other.d * b
        result.c = other.a * c + other.c * d
        result.d = other.b * c + other.d * d
        result.tx = other.a * tx + other.c * ty + other.tx
        result.ty = other.b * tx + other.d * ty + other.ty
        return result
    }

    /// Then a scaling by `sx` across and `sy` up (`sy` = `sx` when omitted).
    public func scaled(_ sx: Double, _ sy: Double? = nil) -> AffineTransform {
        var scale = AffineTransform()
        scale.a = sx
        scale.d = sy ?? sx
        return then(scale)
    }

    /// Then a counter-clockwise rotation (y up) by `degrees`.
    public func rotated(degrees: Double) -> AffineTransform {
        let radians = degrees * .pi / 180
        var rotation = AffineTransform()
        rotation.a = cos(radians)
        rotation.b = sin(radians)
        rotation.c = -sin(radians)
        rotation.d = cos(radians)
        return then(rotation)
    }

    /// Then a translation.
    public func translated(_ dx: Double, _ dy: Double) -> AffineTransform {
        var translation = AffineTransform()
        translation.tx = dx
        translation.ty = dy
        return then(translation)
    }

    /// The image of `point`.
    public func apply(_ point: Point) -> Point {
        Point(a * point.x + c * point.y + tx, b * point.x + d * point.y + ty)
    }
}

extension Path {
    /// The path with every point mapped by `transform`.
    public func applying(_ transform: AffineTransform) -> Path {
        mapPoints(transform.apply)
    }
}
