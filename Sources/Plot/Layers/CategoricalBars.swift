/// Bars at string categories with optional error bars, as matplotlib's
/// `ax.bar(names, heights, yerr=…, capsize=…, color=[…])` draws them: each
/// new category takes the next whole position on the x axis (0, 1, 2, … in
/// order of first appearance), which the axis then ticks with the names.
public struct CategoricalBars: PlotLayer {
    public var categories: [String]
    public var heights: [Double]
    /// Bar width in data units (categories are 1 apart).
    public var width: Double
    /// One fill for every bar; the next colour of the patch cycle when `nil`.
    public var color: Color?
    /// One fill per bar, overriding `color`.
    public var colors: [Color]?
    /// Symmetric error per bar, drawn from `height − err` to `height + err`.
    public var yerr: [Double]?
    /// The half-length of the error bars' caps in points (0: no caps).
    public var capsize: Double
    /// The error bars' colour (matplotlib's `ecolor`, black for `bar`).
    public var errorColor: Color
    /// The legend label of the bars (shown once, with the first bar's colour).
    public var label: String?

    public init(
        categories: [String], heights: [Double], width: Double = 0.8, color: Color? = nil, colors: [Color]? = nil,
        yerr: [Double]? = nil, capsize: Double = 0, errorColor: Color = .black, label: String? = nil
    ) {
        self.categories = categories
        self.heights = heights
        self.width = width
        self.color = color
        self.colors = colors
        self.yerr = yerr
        self.capsize = capsize
        self.errorColor = errorColor
        self.label = label
    }

    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    public func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<Void> {
        guard categories.count == heights.count else {
            throw .invalidArgument("bar: \(categories.count) categories but \(heights.count) heights")
        }
        if let colors, colors.count != heights.count {
            throw .invalidArgument("bar: \(heights.count) bars but \(colors.count) colours")
        }
        if let yerr, yerr.count != heights.count {
            throw .invalidArgument("bar: \(heights.count) bars but \(yerr.count) errors")
        }
        let theme = context.theme
        let centers = context.xAxis.positions(ofCategories: categories)
        let shared = colors == nil ? (color ?? context.nextPatchColor()) : nil
        let edge = theme.patchEdge()
        var artists: [any Artist] = zip(centers, heights).enumerated().map { index, bar in
            BarsArtist(
                bars: [BarsArtist.Bar(x0: bar.0 - width / 2, x1: bar.0 + width / 2, y0: 0, y1: bar.1)],
                fill: colors?[index] ?? shared, edge: edge, label: index == 0 ? label : nil,
                stickyEdges: StickyEdges(y: [0]))
        }
        if let yerr {
            let bars = zip(centers, zip(heights, yerr)).map { center, pair in
                ErrorBarsArtist.Bar(position: center, low: pair.0 - pair.1, high: pair.0 + pair.1)
            }
            artists.append(ErrorBarsArtist(
                bars: bars, stroke: StrokeStyle(color: errorColor, width: theme.lineWidth), capSize: 2 * capsize,
                capWidth: theme.markerEdgeWidth))
        }
        return LayerGeometry(artists: artists)
    }
}

