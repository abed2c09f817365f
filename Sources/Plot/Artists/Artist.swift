/// Something an ``Axes`` draws: a line, bars, a filled area, segments, text.
///
/// An artist holds its geometry in data (or axes-fraction) coordinates and
/// only turns it into renderer calls in ``draw(in:)``. Conform your own types
/// to add new kinds of marks with `axes.add(artist)` (and whole plot kinds
/// with ``PlotLayer``).
public protocol Artist {
    /// Drawing order: lower first; ties keep insertion order (matplotlib's
    /// `zorder`: patches 1, axis 1.5, lines and collections 2, spines 2.5).
    var zOrder: Double { get }
    /// The region the artist covers in data coordinates, for autoscaling.
    var dataBounds: DataBounds { get }
    /// Data values that an autoscale margin may not cross (matplotlib's
    /// `sticky_edges`), e.g. the zero baseline of bars.
    var stickyEdges: StickyEdges { get }
    /// The entry the artist contributes to a legend, if it is labelled.
    var legendEntry: LegendEntry? { get }
    /// Whether the legend lists the artist after the plain ones, as
    /// matplotlib lists its containers (bars, error bars) after lines,
    /// patches and collections.
    var isLegendContainer: Bool { get }
    /// Draws the artist.
    func draw(in context: DrawContext)
    /// What a legend placed with `.best` should avoid covering.
    func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles
    /// The device box a layout engine must keep on the figure, when the
    /// artist may reach outside the axes box (text, legends); `nil` for
    /// artists clipped to the box.
    func layoutBounds(transform: AxesTransform, measurer: any TextMeasurer) -> Rect?
}

extension Artist {
    public var stickyEdges: StickyEdges { StickyEdges() }
    public var legendEntry: LegendEntry? { nil }
    public var isLegendContainer: Bool { false }
    public func legendObstacles(transform: AxesTransform, measurer: any TextMeasurer) -> LegendObstacles { LegendObstacles() }
    public func layoutBounds(transform: AxesTransform, measurer: any TextMeasurer) -> Rect? { nil }
}

/// The data-space extent of an artist; `nil` on an axis the artist does not
/// place in data coordinates.
public struct DataBounds: Sendable, Hashable {
    public var x: ClosedRange<Double>?
    public var y: ClosedRange<Double>?
    /// The smallest positive x, which a log axis uses in place of values ≤ 0
    /// (matplotlib's `minpos`).
    public var minPositiveX: Double?
    /// The smallest positive y (see ``minPositiveX``).
    public var minPositiveY: Double?

    public init(
        x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil,
        minPositiveX: Double? = nil, minPositiveY: Double? = nil
    ) {
        self.x = x
        self.y = y
        self.minPositiveX = minPositiveX
        self.minPositiveY = minPositiveY
    }

    /// The extent of the finite values given for each axis; `nil` for an
    /// axis the artist does not place in data coordinates.
    public init(xValues: [Double]?, yValues: [Double]?) {
        self.init(
            x: xValues.flatMap(Self.range(of:)), y: yValues.flatMap(Self.range(of:)),
            minPositiveX: xValues.flatMap(Self.minimumPositive(of:)),
            minPositiveY: yValues.flatMap(Self.minimumPositive(of:)))
    }

    /// The smallest finite value above zero, or `nil` when there is none.
    public static func minimumPositive(of values: [Double]) -> Double? {
        values.lazy.filter { $0 > 0 && $0.isFinite }.min()
    }

    /// The smaller of two optional values.
    public static func minimum(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// The finite extent of `values`, or `nil` when none is finite.
    public static func range(of values: [Double]) -> ClosedRange<Double>? {
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }

    /// The union of two extents.
    public static func union(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }
}

/// Values an autoscale margin may not cross, per axis.
public struct StickyEdges: Sendable, Hashable {
    public var x: [Double]
    public var y: [Double]

    public init(x: [Double] = [], y: [Double] = []) {
        self.x = x
        self.y = y
    }
}

/// Geometry, in device coordinates, that a `.best` legend avoids.
public struct LegendObstacles: Sendable {
    /// Polylines whose vertices and segments count against a position.
    public var polylines: [[Point]] = []
    /// Boxes (e.g. bars) whose overlap counts against a position.
    public var boxes: [Rect] = []

    public init(polylines: [[Point]] = [], boxes: [Rect] = []) {
        self.polylines = polylines
        self.boxes = boxes
    }
}

/// Whether an x or y value is a data value or a fraction of the axes box
/// (0 at the left/bottom edge, 1 at the right/top edge).
public enum CoordinateSpace: Sendable, Hashable {
    case data
    case axesFraction
}
