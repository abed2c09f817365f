/// What a locator may know about the axis it places ticks on (matplotlib's
/// `Locator.axis`): its scale, how many ticks fit, and the major ticks (which
/// minor locators subdivide).
public struct TickAxisInfo: Sendable, Hashable {
    /// The axis' scale.
    public var scale: AxisScale
    /// How many ticks fit along the axis (matplotlib's `Axis.get_tick_space`).
    public var tickSpace: Int
    /// Whether the axis is horizontal or vertical.
    public var orientation: AxisOrientation
    /// Every location the major locator returned (empty when locating the
    /// major ticks themselves).
    public var majorLocations: [Double]

    public init(scale: AxisScale, tickSpace: Int, orientation: AxisOrientation, majorLocations: [Double] = []) {
        self.scale = scale
        self.tickSpace = tickSpace
        self.orientation = orientation
        self.majorLocations = majorLocations
    }
}

/// Where an axis puts its ticks (matplotlib's `ticker.Locator`).
///
/// A locator returns every location it chooses, including some just outside
/// the view; the axis keeps those inside. Conform your own type to place
/// ticks in a way none of the built-in locators does.
public protocol TickLocator: Sendable {
    /// The tick locations for a view from `viewMin` to `viewMax` (either
    /// order), increasing.
    func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double]
}

extension MaxNLocator: TickLocator {
    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] {
        tickValues(vmin: min(viewMin, viewMax), vmax: max(viewMin, viewMax), tickSpace: axis.tickSpace)
    }
}

extension LogLocator: TickLocator {
    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] {
        try tickValues(vmin: min(viewMin, viewMax), vmax: max(viewMin, viewMax), tickSpace: axis.tickSpace)
    }
}
