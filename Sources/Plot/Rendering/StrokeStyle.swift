/// How a path's outline is drawn. Widths are in points (1/72 inch), as in
/// matplotlib; renderers convert them to device units.
public struct StrokeStyle: Hashable, Sendable {
    /// The end of an open stroke.
    public enum Cap: String, Hashable, Sendable, Codable {
        /// Flat, ending exactly at the end point.
        case butt
        /// Semicircular.
        case round
        /// Flat, extended by half the line width (matplotlib's "projecting").
        case projecting
    }

    /// The corner between two segments.
    public enum Join: String, Hashable, Sendable, Codable {
        case miter, round, bevel
    }

    public var color: Color
    /// Line width in points.
    public var width: Double
    public var cap: Cap
    public var join: Join
    /// Dash lengths in points (on, off, on, …); empty for a solid line.
    public var dashes: [Double]

    public init(
        color: Color, width: Double, cap: Cap = .butt, join: Join = .miter, dashes: [Double] = []
    ) {
        self.color = color
        self.width = width
        self.cap = cap
        self.join = join
        self.dashes = dashes
    }
}
