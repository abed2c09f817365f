/// Bars at string categories with optional error bars (matplotlib's
/// `ax.bar(names, heights, yerr=…, capsize=…, color=[…])`).
extension Axes {
    /// Draws one bar per category, `width` wide around the category's
    /// position (0, 1, 2, … in order of first appearance on this x axis),
    /// which the x axis then ticks with the names.
    ///
    /// - Parameters:
    ///   - categories: the bar names, one per bar; a name already on this x
    ///     axis reuses its position.
    ///   - heights: the bar heights, one per category; bars rise from 0.
    ///   - width: the bar width in data units (matplotlib's 0.8).
    ///   - color: the fill of every bar when `colors` is `nil`; the next
    ///     colour of the patch cycle when this is `nil` too.
    ///   - colors: one fill per bar; `color`, or the next colour of the
    ///     patch cycle, fills every bar when `nil`.
    ///   - yerr: symmetric error per bar, drawn as a line from
    ///     `height − err` to `height + err`.
    ///   - capsize: the half-length of the caps in points (0: no caps).
    ///   - errorColor: the colour of the error bars and caps (black, as
    ///     matplotlib's `ecolor="k"`).
    ///   - label: the legend label, given to the first bar only.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    @discardableResult
    public func bar(
        _ categories: [String], _ heights: [Double], width: Double = 0.8, color: Color? = nil,
        colors: [Color]? = nil, yerr: [Double]? = nil, capsize: Double = 0, errorColor: Color = .black,
        label: String? = nil
    ) throws(PlotError) -> [BarsArtist] {
        guard categories.count == heights.count else {
            throw .invalidArgument("bar: \(categories.count) categories but \(heights.count) heights")
        }
        if let colors, colors.count != heights.count {
            throw .invalidArgument("bar: \(heights.count) bars but \(colors.count) colours")
        }
        if let yerr, yerr.count != heights.count {
            throw .invalidArgument("bar: \(heights.count) bars but \(yerr.count) errors")
        }
        let centers = xAxis.positions(ofCategories: categories)
        let shared = colors == nil ? (color ?? nextPatchColor()) : nil
        var added: [BarsArtist] = []
        for (index, (center, height)) in zip(centers, heights).enumerated() {
            let artist = BarsArtist(
                bars: [BarsArtist.Bar(x0: center - width / 2, x1: center + width / 2, y0: 0, y1: height)],
                fill: colors?[index] ?? shared, edge: patchEdge(), label: index == 0 ? label : nil,
                stickyEdges: StickyEdges(y: [0]))
            add(artist)
            added.append(artist)
        }
        if let yerr {
            let bars = zip(centers, zip(heights, yerr)).map { center, pair in
                ErrorBarsArtist.Bar(position: center, low: pair.0 - pair.1, high: pair.0 + pair.1)
            }
            add(ErrorBarsArtist(
                bars: bars, stroke: StrokeStyle(color: errorColor, width: theme.lineWidth), capSize: 2 * capsize,
                capWidth: theme.markerEdgeWidth))
        }
        return added
    }

    /// Draws a line through the points on log-scaled x and y axes
    /// (matplotlib's `ax.loglog`).
    @discardableResult
    public func loglog(
        _ x: [Double], _ y: [Double], color: Color? = nil, lineWidth: Double? = nil, dashes: [Double] = [],
        label: String? = nil
    ) throws(PlotError) -> LineArtist {
        xScale = .log
        yScale = .log
        return try plot(x, y, color: color, lineWidth: lineWidth, dashes: dashes, label: label)
    }
}
