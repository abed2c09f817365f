/// Which way an axis runs; it decides how much room a tick label is assumed to need.
public enum AxisOrientation: Sendable, Hashable, CaseIterable {
    /// Horizontal: a tick label is assumed at most 3 font sizes wide (matplotlib's `XAxis`).
    case x
    /// Vertical: ticks are kept at least 2 font sizes apart (matplotlib's `YAxis`).
    case y

    /// The room one tick needs along the axis, in units of the tick label font size.
    public var tickExtentInFontSizes: Double {
        switch self {
        case .x: return 3
        case .y: return 2
        }
    }
}
