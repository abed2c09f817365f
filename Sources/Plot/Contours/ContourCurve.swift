/// One line of a line contour, in data coordinates, as contourpy's mpl2014
/// algorithm emits it: an open line from boundary to boundary of the grid's
/// unmasked region, or a closed loop whose last point repeats its first
/// (the vertex matplotlib's path marks `CLOSEPOLY`).
///
/// Higher values lie to the left of the direction of travel.
public struct ContourCurve: Sendable, Hashable {
    /// The vertices in order; a closed loop ends at its first point.
    public var points: [Point]
    /// Whether the line is a closed loop.
    public var isClosed: Bool

    /// A line through `points`, closed when `isClosed` (then the last point
    /// should repeat the first).
    public init(points: [Point], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }

    /// A line as contourpy returns it: closed when there are at least two
    /// points and the last equals the first.
    init(contourpyPoints points: [Point]) {
        self.init(points: points, isClosed: points.count > 1 && points.first == points.last)
    }
}
