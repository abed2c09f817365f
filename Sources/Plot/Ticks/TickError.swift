/// Why ticks could not be computed, with what to change.
public enum TickError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A view limit is NaN or infinite, or the two limits are too far apart to subtract.
    case nonFiniteViewLimits(Double, Double)
    /// The axis length is negative, NaN or infinite.
    case invalidAxisLength(Double)
    /// The tick label font size is negative, NaN or infinite.
    case invalidFontSize(Double)
    /// A fixed number of bins must be at least 1.
    case invalidBinCount(Int)
    /// Steps must be a non-empty, strictly increasing list of numbers in 1...10.
    case invalidSteps([Double])
    /// A log axis was given a view limit that is zero, negative, NaN or infinite.
    case nonPositiveLogLimits(Double, Double)
    /// A log axis spans so many decades that a tick would lie beyond the largest `Double`
    /// (matplotlib raises `OverflowError` while labelling it).
    case logTickOverflow(Double, Double)
    /// A locator would place more ticks than an axis can show (matplotlib
    /// warns past `Locator.MAXTICKS`; beyond ``TickError/maximumTickCount`` this
    /// is always a mistake, e.g. a 0.001 step over a range of 1e9).
    case tooManyTicks(count: Double, locator: String)
    /// A locator was given a step that is zero, negative, NaN or infinite.
    case invalidStep(Double)
    /// A printf-style tick format must hold exactly one floating-point
    /// conversion (`%f`, `%e`, `%g`, with flags, width and precision).
    case invalidFormat(String)

    /// The most ticks a locator may return.
    public static let maximumTickCount = 10_000

    /// What went wrong and how to fix it.
    public var description: String {
        switch self {
        case let .nonFiniteViewLimits(low, high):
            return "View limits (\(low), \(high)) are not finite: give the axis finite limits whose difference is finite."
        case let .invalidAxisLength(length):
            return "Axis length \(length) pt is not a finite, non-negative number of points."
        case let .invalidFontSize(size):
            return "Tick label font size \(size) pt is not a finite, non-negative number of points."
        case let .invalidBinCount(count):
            return "A tick locator needs at least 1 bin, got \(count); use .auto to let the axis length decide."
        case let .invalidSteps(steps):
            return "Tick steps \(steps) must be a non-empty, strictly increasing list of numbers between 1 and 10."
        case let .nonPositiveLogLimits(low, high):
            return "Log-axis view limits (\(low), \(high)) must be finite and positive: "
                + "clip them with LogScaleLimits.limitRange(vmin:vmax:minPositive:) first."
        case let .logTickOverflow(low, high):
            return "Log-axis view (\(low), \(high)) is too wide: a tick would lie beyond \(Double.greatestFiniteMagnitude); "
                + "keep the upper limit a few decades below it."
        case let .tooManyTicks(count, locator):
            return "\(locator) would place \(count) ticks, more than \(Self.maximumTickCount): "
                + "choose a larger step or fewer fixed ticks."
        case let .invalidStep(step):
            return "Tick step \(step) must be a finite number above zero."
        case let .invalidFormat(format):
            return "Tick format \"\(format)\" must hold exactly one floating-point conversion such as %.2f, %e or %g "
                + "(write %% for a percent sign)."
        }
    }
}
