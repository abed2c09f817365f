/// Bars at string categories (matplotlib's `ax.bar(names, heights, …)`),
/// built by the ``CategoricalBars`` layer.
extension Axes {
    /// Draws one bar per category, `width` wide around the category's
    /// position (0, 1, 2, … in order of first appearance on this x axis),
    /// which the x axis then ticks with the names (the ``CategoricalBars``
    /// layer).
    ///
    /// - Parameters:
    ///   - categories: the bar names, one per bar; a name already on this x
    ///     axis reuses its position.
    ///   - heights: the bar heights, one per category; bars rise from 0.
    ///   - width: the bar width in data units (matplotlib's 0.8).
    ///   - color: the fill of every bar when `colors` is `nil`; the next
    ///     colour of the patch cycle when this is `nil` too.
    ///   - colors: one fill per bar.
    ///   - yerr: symmetric error per bar, drawn as a line from
    ///     `height − err` to `height + err`.
    ///   - capsize: the half-length of the caps in points (0: no caps).
    ///   - errorColor: the colour of the error bars and caps (black, as
    ///     matplotlib's `ecolor="k"`).
    ///   - label: the legend label, given to the first bar only.
    /// - Returns: the bars, one artist per bar.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    @discardableResult
    public func bar(
        _ categories: [String], _ heights: [Double], width: Double = 0.8, color: Color? = nil,
        colors: [Color]? = nil, yerr: [Double]? = nil, capsize: Double = 0, errorColor: Color = .black,
        label: String? = nil
    ) throws(PlotError) -> [BarsArtist] {
        let geometry = try add(CategoricalBars(
            categories: categories, heights: heights, width: width, color: color, colors: colors, yerr: yerr,
            capsize: capsize, errorColor: errorColor, label: label))
        return geometry.artists.compactMap { $0 as? BarsArtist }
    }
}
