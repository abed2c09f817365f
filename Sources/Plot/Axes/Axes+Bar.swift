/// Bars at string categories (matplotlib's `ax.bar(names, heights, …)`),
/// built by the ``CategoricalBars`` layer.
extension Axes {
    /// Draws one bar per category with optional error bars (see
    /// ``CategoricalBars`` for every option).
    ///
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
