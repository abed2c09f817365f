/// How a figure places its axes (matplotlib's `layout=`).
public enum FigureLayout: Sendable, Hashable {
    /// The theme's subplot parameters, fixed fractions of the figure
    /// (matplotlib's default, `layout=None`).
    case subplotParameters
    /// Room made for every axes' decorations, as matplotlib's
    /// `layout="constrained"` makes it.
    case constrained(ConstrainedLayout)

    /// matplotlib's `layout="constrained"` with its default pads.
    public static let constrained = FigureLayout.constrained(ConstrainedLayout())
}
