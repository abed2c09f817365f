/// One polygon of a filled contour, in data coordinates: an exterior ring
/// (anticlockwise) and the holes inside it (clockwise), as contourpy's
/// mpl2014 algorithm emits them (matplotlib's "OuterCode" fill type).
///
/// A ring lists each vertex once; matplotlib's path for it adds the first
/// vertex again, as the `CLOSEPOLY` vertex that closes the ring.
public struct ContourRegion: Sendable, Hashable {
    /// The outer boundary.
    public var exterior: [Point]
    /// The boundaries of the holes, in the order they were found.
    public var holes: [[Point]]

    /// A polygon with the given rings.
    public init(exterior: [Point], holes: [[Point]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// The exterior, then each hole.
    public var rings: [[Point]] { [exterior] + holes }
}
