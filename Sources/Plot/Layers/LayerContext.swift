/// What a layer may read and take while it builds its geometry: the theme,
/// the two axes (a layer may set a scale, place categories or widen a
/// margin), the extent of the data already drawn, and the axes' colour
/// cycles.
public struct LayerContext {
    public let theme: Theme
    public var xAxis: Axis
    public var yAxis: Axis
    /// The extent of the artists already on the axes.
    public let existingDataBounds: DataBounds
    private var lineColors: Int
    private var patchColors: Int

    /// The context of a layer about to be added to `axes`.
    init(axes: Axes) {
        theme = axes.theme
        xAxis = axes.xAxis
        yAxis = axes.yAxis
        existingDataBounds = axes.artists.reduce(DataBounds()) { bounds, artist in
            let other = artist.dataBounds
            return DataBounds(x: DataBounds.union(bounds.x, other.x), y: DataBounds.union(bounds.y, other.y))
        }
        (lineColors, patchColors) = axes.colorCycleUse
    }

    /// The next colour of the line cycle (see ``Axes/nextLineColor()``).
    public mutating func nextLineColor() -> Color {
        defer { lineColors += 1 }
        return theme.colorCycle[lineColors % theme.colorCycle.count]
    }

    /// The next colour of the patch cycle (see ``Axes/nextPatchColor()``).
    public mutating func nextPatchColor() -> Color {
        defer { patchColors += 1 }
        return theme.colorCycle[patchColors % theme.colorCycle.count]
    }

    /// The stroke of a data line (see ``Axes/lineStroke(color:width:dashes:)``);
    /// takes the next line colour when `color` is `nil`.
    public mutating func lineStroke(color: Color? = nil, width: Double? = nil, dashes: [Double] = []) -> StrokeStyle {
        theme.lineStroke(color: color ?? nextLineColor(), width: width, dashes: dashes)
    }

    /// How far each cycle has advanced.
    var cycleUse: (lines: Int, patches: Int) { (lineColors, patchColors) }
}
