/// A plot whose colours come from values through a ``ScalarMapping``
/// (matplotlib's `ScalarMappable`): what a colorbar can explain.
public protocol ColorMapped {
    /// How the plot's values became colours; `nil` when it was coloured
    /// directly.
    var mapping: ScalarMapping? { get }
}

extension ScatterArtist: ColorMapped {}

extension Figure {
    /// A colorbar for a colour-mapped plot (matplotlib's
    /// `fig.colorbar(sc, ax=ax)`), placed as the ``ScalarMapping`` form
    /// places it.
    ///
    /// ```swift
    /// let points = try axes.scatter(x, y, values: z, colormap: .magma)
    /// try figure.colorbar(points, for: axes, label: "radius")
    /// ```
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the plot was not
    ///   coloured by value, or as the mapping form throws.
    @discardableResult
    public func colorbar(
        _ plot: some ColorMapped, for parent: Axes, label: String = "", fraction: Double = 0.15, pad: Double = 0.05,
        shrink: Double = 1, aspect: Double = 20, extend: ColorbarExtend = .neither
    ) throws(PlotError) -> Axes {
        guard let mapping = plot.mapping else {
            throw .invalidArgument("colorbar: the plot was not coloured by value (give it values and a colour map)")
        }
        return try colorbar(
            mapping, for: parent, label: label, fraction: fraction, pad: pad, shrink: shrink, aspect: aspect,
            extend: extend)
    }
}
