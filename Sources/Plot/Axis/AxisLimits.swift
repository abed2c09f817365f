/// The view of one axis: the value at its start (left or bottom) and at its
/// end (right or top). `start > end` is an inverted axis, as matplotlib's
/// `set_xlim(10, 0)`.
public struct AxisLimits: Sendable, Hashable, CustomStringConvertible {
    public var start: Double
    public var end: Double

    public init(_ start: Double, _ end: Double) {
        self.start = start
        self.end = end
    }

    /// The limits of `range`, increasing.
    public init(_ range: ClosedRange<Double>) {
        self.init(range.lowerBound, range.upperBound)
    }

    /// The smaller limit.
    public var low: Double { Swift.min(start, end) }
    /// The larger limit.
    public var high: Double { Swift.max(start, end) }
    /// Whether values decrease along the axis.
    public var isInverted: Bool { start > end }
    /// Whether both limits are finite numbers.
    public var isFinite: Bool { start.isFinite && end.isFinite }
    /// The limits low to high.
    public var range: ClosedRange<Double> { low...high }

    /// The same interval running the other way.
    public var reversed: AxisLimits { AxisLimits(end, start) }

    /// The same interval, inverted or not as asked.
    func oriented(inverted: Bool) -> AxisLimits {
        AxisLimits(inverted ? high : low, inverted ? low : high)
    }

    public var description: String { "(\(start), \(end))" }
}
