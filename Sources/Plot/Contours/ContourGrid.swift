/// A field sampled on a rectilinear grid, as matplotlib's
/// `contour(x, y, Z)` and `contourf(x, y, Z)` take it: `z[j][i]` is the value
/// at (`x[i]`, `y[j]`).
///
/// NaN and infinite values are masked, as matplotlib masks invalid `Z`:
/// every quad touching a masked point is left out, except that a quad with
/// only one masked corner keeps the triangle of its other three corners
/// (matplotlib's default `corner_mask=True`).
///
/// ```swift
/// let grid = try ContourGrid(x: [0, 1, 2], y: [0, 1], z: [[0, 1, 2], [1, 2, 3]])
/// let lines = grid.lines(at: 1.5)                        // ax.contour(..., levels=[1.5])
/// let bands = try grid.filledRegions(lower: 1, upper: 2)  // one band of ax.contourf
/// ```
public struct ContourGrid: Sendable, Hashable {
    /// The x coordinate of each column.
    public let x: [Double]
    /// The y coordinate of each row.
    public let y: [Double]
    /// The values, one row per y, one column per x.
    public let z: [[Double]]
    /// Whether a quad with one masked corner keeps its other triangle
    /// (matplotlib's `corner_mask`); otherwise the whole quad is left out.
    public let cornerMask: Bool

    /// A grid of `z[j][i]` at (`x[i]`, `y[j]`).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when there are fewer than
    ///   2 columns or rows, when a row of `z` does not have one value per x
    ///   or `z` does not have one row per y, or when a coordinate is not
    ///   finite.
    public init(x: [Double], y: [Double], z: [[Double]], cornerMask: Bool = true) throws(PlotError) {
        guard x.count >= 2, y.count >= 2 else {
            throw .invalidArgument("contour: z must be at least a 2×2 grid, but x has \(x.count) values and y \(y.count)")
        }
        guard z.count == y.count else {
            throw .invalidArgument("contour: z has \(z.count) rows but y has \(y.count) values")
        }
        if let row = z.firstIndex(where: { $0.count != x.count }) {
            throw .invalidArgument("contour: row \(row) of z has \(z[row].count) values but x has \(x.count)")
        }
        guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else {
            throw .invalidArgument("contour: x and y must be finite")
        }
        self.x = x
        self.y = y
        self.z = z
        self.cornerMask = cornerMask
    }

    /// The smallest and largest finite value, or `nil` when every value is
    /// masked (matplotlib's `zmin`, `zmax`).
    public var zRange: ClosedRange<Double>? {
        DataBounds.range(of: z.flatMap { $0 })
    }

    /// The region the grid covers, which matplotlib's contour sets give as
    /// their data limits and sticky edges.
    public var bounds: DataBounds {
        DataBounds(xValues: x, yValues: y)
    }

    /// The lines where the field crosses `level`, in contourpy's order
    /// (mpl2014, as matplotlib's `contour`): first the lines from boundary to
    /// boundary, by the row-major position of the quad they start in, then
    /// the closed loops. A point at exactly `level` counts as below it.
    public func lines(at level: Double) -> [ContourCurve] {
        var squares = MarchingSquares(grid: self)
        return squares.lines(at: level)
    }

    /// The polygons where `lower < z <= upper`, in contourpy's order (mpl2014,
    /// as matplotlib's `contourf` draws one band).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` unless `lower < upper`
    ///   (neither NaN), as contourpy requires.
    public func filledRegions(lower: Double, upper: Double) throws(PlotError) -> [ContourRegion] {
        guard lower < upper else {
            throw .invalidArgument("contourf: the upper level (\(upper)) must be larger than the lower (\(lower))")
        }
        var squares = MarchingSquares(grid: self)
        return squares.filledRegions(lower: lower, upper: upper)
    }
}
