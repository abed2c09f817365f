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
        if let limits { base = limits }
        return isInverted ? base.reversed : base
    }
}
