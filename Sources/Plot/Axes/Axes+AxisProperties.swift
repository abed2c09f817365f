/// Shortcuts to the most used settings of ``Axes/xAxis`` and
/// ``Axes/yAxis``, named as matplotlib's `set_xlabel`, `set_xscale`,
/// `set_xlim`, `margins` and `grid`.
extension Axes {
    public var xLabel: String {
        get { xAxis.label }
        set { xAxis.label = newValue }
    }
    public var yLabel: String {
        get { yAxis.label }
        set { yAxis.label = newValue }
    }
    /// How x values map to positions; setting it resets the x ticks to the
    /// scale's defaults.
    public var xScale: AxisScale {
        get { xAxis.scale }
        set { xAxis.scale = newValue }
    }
    /// How y values map to positions; setting it resets the y ticks to the
    /// scale's defaults.
    public var yScale: AxisScale {
        get { yAxis.scale }
        set { yAxis.scale = newValue }
    }
    /// Fixed x limits (either order; high to low inverts); `nil` to autoscale.
    public var xLimits: AxisLimits? {
        get { xAxis.limits }
        set { xAxis.limits = newValue }
    }
    /// Fixed y limits (either order; high to low inverts); `nil` to autoscale.
    public var yLimits: AxisLimits? {
        get { yAxis.limits }
        set { yAxis.limits = newValue }
    }
    /// The fraction of the data span added on each side of x when autoscaling.
    public var xMargin: Double {
        get { xAxis.margin }
        set { xAxis.margin = newValue }
    }
    /// The fraction of the data span added on each side of y when autoscaling.
    public var yMargin: Double {
        get { yAxis.margin }
        set { yAxis.margin = newValue }
    }
    /// Whether either axis draws grid lines.
    public var showGrid: Bool {
        get { xAxis.grid != nil || yAxis.grid != nil }
        set { grid(newValue) }
    }

    /// Sets fixed x limits, `start` at the left (matplotlib's `set_xlim`;
    /// `start > end` inverts the axis).
    ///
    /// - Returns: a warning when the limits are drawn otherwise than given:
    ///   equal limits are widened, a non-positive limit on a log axis is
    ///   ignored.
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a NaN or infinite
    ///   limit, as matplotlib raises.
    @discardableResult
    public func setXLimits(_ start: Double, _ end: Double) throws(PlotError) -> PlotWarning? {
        try Self.setLimits(AxisLimits(start, end), on: &xAxis)
    }

    /// Sets fixed y limits, `start` at the bottom (see ``setXLimits(_:_:)``).
    @discardableResult
    public func setYLimits(_ start: Double, _ end: Double) throws(PlotError) -> PlotWarning? {
        try Self.setLimits(AxisLimits(start, end), on: &yAxis)
    }

    private static func setLimits(_ limits: AxisLimits, on axis: inout Axis) throws(PlotError) -> PlotWarning? {
        guard limits.isFinite else {
            throw .invalidArgument("axis limits \(limits) must be finite numbers, not NaN or infinite")
        }
        axis.limits = limits
        return axis.warning(about: limits)
    }

    /// Turns the x axis round (matplotlib's `invert_xaxis`).
    public func invertXAxis() { xAxis.isInverted.toggle() }

    /// Turns the y axis round (matplotlib's `invert_yaxis`).
    public func invertYAxis() { yAxis.isInverted.toggle() }

    /// Shows or hides grid lines (matplotlib's `ax.grid(visible, which=,
    /// axis=, alpha=)`), in the theme's grid style unless `stroke` is given.
    public func grid(
        _ visible: Bool = true, which: TickSelection = .major, axis: AxisSelection = .both, alpha: Double = 1,
        stroke: StrokeStyle? = nil
    ) {
        var lines = GridLines(theme: theme, which: which, alpha: alpha)
        if let stroke { lines.stroke = stroke }
        if axis.includesX { xAxis.grid = visible ? lines : nil }
        if axis.includesY { yAxis.grid = visible ? lines : nil }
    }

    /// Places the major ticks of x at `values`, labelled with `labels` when
    /// given (matplotlib's `set_xticks(ticks, labels=…)`; `minor: true` for
    /// the minor ticks).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when there are labels but
    ///   not one per value, or too many values.
    public func setXTicks(_ values: [Double], labels: [String]? = nil, minor: Bool = false) throws(PlotError) {
        try Self.setTicks(values, labels: labels, minor: minor, on: &xAxis)
    }

    /// Places the major ticks of y at `values` (see ``setXTicks(_:labels:minor:)``).
    public func setYTicks(_ values: [Double], labels: [String]? = nil, minor: Bool = false) throws(PlotError) {
        try Self.setTicks(values, labels: labels, minor: minor, on: &yAxis)
    }

    private static func setTicks(_ values: [Double], labels: [String]?, minor: Bool, on axis: inout Axis) throws(PlotError) {
        if let labels, labels.count != values.count, !labels.isEmpty {
            throw .invalidArgument("setTicks: \(values.count) ticks need \(values.count) labels, got \(labels.count)")
        }
        let locator: FixedLocator
        do { locator = try FixedLocator(values) } catch { throw .invalidArgument(error.description) }
        var ticker = minor ? axis.minor : axis.major
        ticker.locator = locator
        if let labels { ticker.formatter = FixedFormatter(labels, at: values) }
        if minor { axis.minor = ticker } else { axis.major = ticker }
        // matplotlib's set_xticks also widens the view to show every tick.
        guard let low = values.min(), let high = values.max() else { return }
        if let limits = axis.limits {
            let widened = AxisLimits(min(limits.low, low), max(limits.high, high))
            axis.limits = limits.isInverted ? widened.reversed : widened
        } else {
            axis.tickRangeHint = low...high
        }
    }
}

/// The x axis, the y axis, or both (matplotlib's `axis=` argument).
public enum AxisSelection: String, Sendable, Hashable {
    case x, y, both

    var includesX: Bool { self != .y }
    var includesY: Bool { self != .x }
}
