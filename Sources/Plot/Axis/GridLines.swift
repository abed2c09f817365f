/// Grid lines drawn across the axes at an axis' ticks (matplotlib's
/// `ax.grid(True, which=…, color=…, linewidth=…, alpha=…)`).
public struct GridLines: Sendable, Hashable {
    /// At the major ticks, the minor ones, or both.
    public var which: TickSelection
    /// Colour, width (points), caps and dashes of the lines.
    public var stroke: StrokeStyle

    public init(which: TickSelection = .major, stroke: StrokeStyle) {
        self.which = which
        self.stroke = stroke
    }

    /// The theme's grid lines (`grid.color`, `grid.linewidth`, the line cap
    /// and join), at `which` ticks, with `alpha` applied to the colour.
    public init(theme: Theme, which: TickSelection = .major, alpha: Double = 1) {
        self.init(
            which: which,
            stroke: StrokeStyle(
                color: theme.gridColor.withAlpha(theme.gridColor.alpha * alpha), width: theme.gridWidth,
                cap: theme.lineCap, join: theme.lineJoin))
    }
}
