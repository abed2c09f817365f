/// One tick of a log axis: its position in data coordinates and its label, if it has one.
public struct LogTick: Sendable, Hashable {
    /// Position in data coordinates (matplotlib's float value).
    public let value: Double
    /// The label, or `nil` where matplotlib draws an empty one.
    public let label: LogTickLabel?

    /// A tick at `value` with an optional label.
    public init(value: Double, label: LogTickLabel?) {
        self.value = value
        self.label = label
    }
}

/// The ticks a log axis draws: the major ticks (powers of ten, labelled `10^k`; matplotlib leaves
/// some subnormal ones below 1e-308 blank) and the minor ticks (whose marks are always drawn and
/// which are labelled only in narrow views).
public struct LogTickSet: Sendable, Hashable {
    /// Major ticks inside the view, increasing.
    public let major: [LogTick]
    /// Minor ticks inside the view, increasing, without those that coincide with a major tick.
    public let minor: [LogTick]

    /// A tick set from its parts.
    public init(major: [LogTick], minor: [LogTick]) {
        self.major = major
        self.minor = minor
    }
}
