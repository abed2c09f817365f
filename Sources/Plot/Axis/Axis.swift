/// Everything about one axis of an ``Axes`` that a user sets: its scale and
/// limits, where its ticks go and what they say, how they look and on which
/// sides they are drawn, its label and its grid lines (matplotlib's `XAxis`
/// and `YAxis` with the `set_*` calls on them).
///
/// ```swift
/// axes.xAxis.major = Ticker(locator: try MultipleLocator(base: 2.5), formatter: ScalarFormatter())
/// axes.xAxis.minor = Ticker(locator: try AutoMinorLocator())
/// axes.yAxis.limits = AxisLimits(1, -1)          // inverted
/// axes.yAxis.majorStyle.direction = .in
/// ```
public struct Axis: Sendable {
    public let orientation: AxisOrientation
    /// How values map to positions. Setting a new scale resets both tickers
    /// to that scale's defaults, as matplotlib's `set_xscale` does.
    public var scale: AxisScale {
        didSet {
            guard scale != oldValue else { return }
            major = .defaultMajor(for: scale)
            minor = .defaultMinor(for: scale)
        }
    }
    /// Fixed limits (either order); `nil` to autoscale.
    public var limits: AxisLimits?
    /// Whether the view runs from high to low (matplotlib's `invert_xaxis`);
    /// it turns fixed and autoscaled limits alike.
    public var isInverted = false
    /// The fraction of the data span added on each side when autoscaling.
    public var margin: Double
    /// Where the major ticks go and what their labels say.
    public var major: Ticker
    /// Where the minor ticks go and what their labels say.
    public var minor: Ticker
    /// How the major ticks and their labels look, and on which sides.
    public var majorStyle: TickStyle
    /// How the minor ticks and their labels look, and on which sides.
    public var minorStyle: TickStyle
    /// The axis label; empty for none.
    public var label = ""
    /// The side the axis label is drawn on.
    public var labelSide: AxesSide
    /// The label's font; the theme's axis label font by default.
    public var labelStyle: TextStyle
    /// Points between the tick labels and the axis label.
    public var labelPad: Double
    /// Grid lines at this axis' ticks; `nil` for none.
    public var grid: GridLines?
    /// Whether the axis draws at all (a twin's shared axis does not).
    public var isVisible = true
    /// The string categories placed on the axis, at positions 0, 1, 2, …
    public internal(set) var categories: [String] = []
    /// Values the autoscaled view must include (matplotlib's `set_xticks`
    /// widens the view to its ticks).
    var tickRangeHint: ClosedRange<Double>?

    /// An axis with the defaults of `theme`.
    public init(_ orientation: AxisOrientation, theme: Theme) {
        self.orientation = orientation
        scale = .linear
        margin = orientation == .x ? theme.xMargin : theme.yMargin
        major = .defaultMajor(for: .linear)
        minor = .defaultMinor(for: .linear)
        let side: AxesSide = orientation == .x ? .bottom : .left
        majorStyle = TickStyle(
            length: theme.tickLength, width: theme.tickWidth, color: theme.tickColor, pad: theme.tickPad,
            labelSize: theme.tickLabelSize, labelColor: theme.tickLabelColor,
            markSides: theme.showTickMarks ? [side] : [], labelSides: [side])
        minorStyle = majorStyle
        minorStyle.length = theme.minorTickLength
        minorStyle.width = theme.minorTickWidth
        minorStyle.pad = theme.minorTickPad
        labelSide = side
        labelStyle = TextStyle(size: theme.axisLabelSize, color: theme.textColor)
        labelPad = theme.labelPad
        if theme.showGrid { grid = GridLines(theme: theme) }
    }

    /// Fixed limits as matplotlib's `set_xlim` would leave them: a limit
    /// that is NaN or infinite, or not positive on a log axis, gives way to
    /// the autoscaled one; equal limits are widened (by 5 % on a linear axis,
    /// to the neighbouring decades on a log axis).
    func usable(_ limits: AxisLimits, automatic: AxisLimits) -> AxisLimits {
        func acceptable(_ value: Double) -> Bool { value.isFinite && scale.isInDomain(value) }
        let inverted = limits.isInverted
        var start = acceptable(limits.start) ? limits.start : (inverted ? automatic.high : automatic.low)
        var end = acceptable(limits.end) ? limits.end : (inverted ? automatic.low : automatic.high)
        if start == end {
            switch scale {
            case .linear, .function: (start, end) = Nonsingular.limits(start, end, expander: 0.05)
            case .log: (start, end) = LogLocator.nonsingular(start, end, minPositive: start)
            }
        }
        return AxisLimits(start, end)
    }

    /// Why `limits` cannot be drawn as given, when they cannot: the warning
    /// matplotlib gives before adjusting them.
    func warning(about limits: AxisLimits) -> PlotWarning? {
        let name = orientation == .x ? "x" : "y"
        if limits.start == limits.end {
            return .limitsAdjusted("identical \(name) limits \(limits) make the axis singular; they were widened")
        }
        if scale == .log, limits.low <= 0 {
            return .limitsAdjusted("non-positive \(name) limit in \(limits) on a log axis is ignored")
        }
        return nil
    }

    /// The sides this axis can draw on.
    public var sides: [AxesSide] { orientation == .x ? [.bottom, .top] : [.left, .right] }

    /// Changes both tick styles at once (matplotlib's `tick_params(which=…)`).
    public mutating func updateTickStyles(_ which: TickSelection, _ change: (inout TickStyle) -> Void) {
        if which.includesMajor { change(&majorStyle) }
        if which.includesMinor { change(&minorStyle) }
    }

    /// The view drawn for autoscaled limits `automatic`: the fixed limits
    /// when set, turned round when the axis is inverted.
    func view(automatic: AxisLimits) -> AxisLimits {
        var base = automatic
        if let hint = tickRangeHint {
            base = AxisLimits(min(base.low, hint.lowerBound), max(base.high, hint.upperBound))
        }
        if let limits { base = usable(limits, automatic: base) }
        return isInverted ? base.reversed : base
    }
}
