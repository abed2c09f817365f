/// An edge of a quad of the grid, as contourpy's mpl2014 `Edge`: the four
/// sides, and the diagonals of a quad of which a masked corner leaves a
/// triangle (`corner_mask=True`). Sides run anticlockwise around their quad.
enum QuadSide: Int {
    case east = 0, north, west, south
    /// The diagonal of a triangle whose missing corner is to the north-east.
    case northEast
    case northWest
    case southWest
    case southEast
}

/// A side of one quad (contourpy's `QuadEdge`): the quad by the index of its
/// south-west point, `i + j * nx`.
struct QuadEdge: Equatable {
    var quad: Int
    var side: QuadSide
}

/// Which way a contour turns as it crosses a quad (contourpy's `Dir`).
enum TurnDirection {
    case right, straight, left
}
