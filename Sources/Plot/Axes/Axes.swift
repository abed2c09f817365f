/// One plotting area of a ``Figure``: artists, scales, ticks, labels, title
/// and legend.
///
/// Plotting calls (``plot(_:_:color:lineWidth:dashes:label:)``, ``bar(edges:heights:color:alpha:label:)``)
/// add artists; whole plot kinds (`distplot`, `histplot`, `kdeplot`, …) are
/// ``PlotLayer``s that `add(_ layer:)` applies. The limits are
/// resolved lazily at draw time, as matplotlib does.
///
/// ```swift
/// let figure = Figure()
/// let axes = figure.addAxes()
/// axes.plot([0, 1, 2], [0, 1, 4], label: "squares")
/// axes.xLabel = "x"
/// axes.showLegend()
/// try figure.save(to: URL(fileURLWithPath: "squares.png"))
/// ```
public final class Axes {
    /// The style every call on these axes starts from.
    public let theme: Theme
    /// The box of the axes in figure fractions, measured from the bottom-left
    /// corner (matplotlib's `position`): left, bottom, width, height. A
    /// layout engine moves it when the figure is drawn; setting it fixes the
    /// position the layout starts from.
    public var position: (left: Double, bottom: Double, width: Double, height: Double) {
        get { layoutPosition ?? gridPosition }
        set {
            gridPosition = newValue
            layoutPosition = nil
        }
    }
    /// Where the last layout put the axes, when a layout engine moved them.
    var layoutPosition: (left: Double, bottom: Double, width: Double, height: Double)?
    /// The artists, in insertion order.
    public private(set) var artists: [any Artist] = []
    /// The horizontal axis: scale, limits, ticks, tick style, label, grid.
    /// Axes that share x (``Figure/subplots(rows:columns:sharex:sharey:)``,
    /// ``twinx()``) share its scale, limits, inversion and tickers.
    public var xAxis: Axis {
        didSet { xShare?.propagate(from: self, orientation: .x) }
    }
    /// The vertical axis (see ``xAxis``; shared by `sharey` and ``twiny()``).
    public var yAxis: Axis {
        didSet { yShare?.propagate(from: self, orientation: .y) }
    }
    /// The axes sharing x with these, when any do.
    var xShare: AxisShareGroup?
    /// The axes sharing y with these, when any do.
    var yShare: AxisShareGroup?
    /// The figure holding the axes.
    weak var figure: Figure?
    /// The position the axes were made with, where every layout starts.
    var gridPosition: (left: Double, bottom: Double, width: Double, height: Double)
    /// The subplot grid cell the axes were made in, for layout engines.
    var gridCell: GridCell?
    /// The axes these are a twin of (``twinx()``, ``twiny()``).
    weak var twinOf: Axes?
    /// The sides whose spines are drawn.
    public var visibleSpines: Set<AxesSide>
    /// Whether the background of the box is filled (a twin's is not).
    public var drawsBackground = true
    public var title = ""
    /// The legend, when ``showLegend(_:)`` asked for one.
    public var legend: LegendOptions?
    private var nextLineColorIndex = 0
    private var nextPatchColorIndex = 0

    /// How far the two colour cycles have advanced (for plot layers).
    var colorCycleUse: (lines: Int, patches: Int) {
        get { (nextLineColorIndex, nextPatchColorIndex) }
        set { (nextLineColorIndex, nextPatchColorIndex) = newValue }
    }

    /// The size of the figure the axes belong to, in inches.
    let figureSize: (width: Double, height: Double)

    init(
        theme: Theme, figureSize: (width: Double, height: Double),
        position: (left: Double, bottom: Double, width: Double, height: Double)
    ) {
        self.theme = theme
        self.figureSize = figureSize
        gridPosition = position
        xAxis = Axis(.x, theme: theme)
        yAxis = Axis(.y, theme: theme)
        visibleSpines = theme.visibleSpines
    }

    /// Adds an artist; it takes part in autoscaling and the legend.
    public func add(_ artist: any Artist) {
        artists.append(artist)
    }

    /// The axes box size in points.
    public var lengthInPoints: (width: Double, height: Double) {
        (position.width * figureSize.width * 72, position.height * figureSize.height * 72)
    }

    /// The next colour of the line cycle (matplotlib's `_get_lines`):
    /// `plot`, KDE curves and `distplot` advance it.
    public func nextLineColor() -> Color {
        defer { nextLineColorIndex += 1 }
        return theme.colorCycle[nextLineColorIndex % theme.colorCycle.count]
    }

    /// The next colour of the patch cycle (matplotlib's `_get_patches_for_fill`):
    /// `bar`, `fillBetween` and `histplot` advance it.
    public func nextPatchColor() -> Color {
        defer { nextPatchColorIndex += 1 }
        return theme.colorCycle[nextPatchColorIndex % theme.colorCycle.count]
    }

    /// Asks for a legend (matplotlib's `ax.legend(...)`).
    public func showLegend(_ options: LegendOptions) {
        legend = options
    }

    /// Asks for a legend of every labelled artist at `location`.
    public func showLegend(location: LegendLocation = .best) {
        legend = LegendOptions(location: location)
    }

    /// Asks for a legend of the given entries, under an optional title,
    /// instead of the labelled artists.
    public func showLegend(entries: [LegendEntry], title: String? = nil, location: LegendLocation = .best) {
        legend = LegendOptions(location: location, title: title, entries: entries)
    }

    /// Where the legend sits, when there is one.
    public var legendLocation: LegendLocation? { legend?.location }

    /// The x and y limits the axes will be drawn with, low to high.
    public func resolvedLimits() -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let views = resolvedViews()
        return (views.x.range, views.y.range)
    }

    /// The x and y views the axes will be drawn with: the limits in drawing
    /// order, high to low on an inverted axis.
    public func resolvedViews() -> (x: AxisLimits, y: AxisLimits) {
        (xAxis.view(automatic: AxisLimits(autoscaledLimits(.x))),
         yAxis.view(automatic: AxisLimits(autoscaledLimits(.y))))
    }

    /// The limits autoscaling gives along `orientation`, increasing, before
    /// fixed limits and inversion apply: from the data of every axes sharing
    /// that axis.
    private func autoscaledLimits(_ orientation: AxisOrientation) -> ClosedRange<Double> {
        let group = (orientation == .x ? xShare : yShare)?.members ?? [self]
        // An empty axes shows 0...1; once artists exist, an axis without data
        // is autoscaled from matplotlib's (-0.05, 0.05) (e.g. y under a lone rug).
        guard group.contains(where: { !$0.artists.isEmpty }) else { return 0...1 }
        var range: ClosedRange<Double>?
        var minPositive: Double?
        var stickies: [Double] = []
        for member in group {
            for artist in member.artists {
                let bounds = artist.dataBounds
                range = DataBounds.union(range, orientation == .x ? bounds.x : bounds.y)
                minPositive = DataBounds.minimum(minPositive, orientation == .x ? bounds.minPositiveX : bounds.minPositiveY)
                stickies += orientation == .x ? artist.stickyEdges.x : artist.stickyEdges.y
            }
        }
        let axis = orientation == .x ? xAxis : yAxis
        return Autoscale.limits(
            dataRange: range, minPositive: minPositive, margin: axis.margin, stickies: stickies, scale: axis.scale)
    }

    /// The axes box in device pixels for a canvas of the given size.
    public func box(canvasWidth: Double, canvasHeight: Double) -> Rect {
        Rect(
            x0: position.left * canvasWidth,
            y0: canvasHeight - (position.bottom + position.height) * canvasHeight,
            x1: (position.left + position.width) * canvasWidth,
            y1: canvasHeight - position.bottom * canvasHeight)
    }
}
