/// A locator and a formatter: where one set of ticks (major or minor) goes
/// and what its labels say (matplotlib's `set_major_locator` +
/// `set_major_formatter`).
///
/// ```swift
/// axes.xAxis.major = Ticker(locator: MultipleLocator(base: 0.25), formatter: PercentFormatter(xmax: 1))
/// axes.yAxis.minor = Ticker(locator: AutoMinorLocator())
/// ```
public struct Ticker: Sendable {
    public var locator: any TickLocator
    public var formatter: any TickFormatter

    /// Ticks placed by `locator` and labelled by `formatter` (no labels by default).
    public init(locator: any TickLocator, formatter: any TickFormatter = NullFormatter()) {
        self.locator = locator
        self.formatter = formatter
    }

    /// No ticks (matplotlib's `NullLocator` + `NullFormatter`).
    public static let none = Ticker(locator: NullLocator())

    /// matplotlib's major ticks for `scale`: `AutoLocator` + `ScalarFormatter`
    /// on a linear or function axis, `LogLocator` + `LogFormatterSciNotation` on a log axis.
    public static func defaultMajor(for scale: AxisScale) -> Ticker {
        switch scale {
        case .linear, .function: return Ticker(locator: MaxNLocator.auto, formatter: ScalarFormatter())
        case .log: return Ticker(locator: LogLocator.major, formatter: LogFormatterSciNotation())
        }
    }

    /// matplotlib's minor ticks for `scale`: none on a linear axis
    /// (`xtick.minor.visible: False`), `LogLocator(subs="auto")` labelled by
    /// `LogFormatterSciNotation` on a log axis.
    public static func defaultMinor(for scale: AxisScale) -> Ticker {
        switch scale {
        case .linear, .function: return .none
        case .log: return Ticker(locator: LogLocator.minor, formatter: LogFormatterSciNotation())
        }
    }
}
