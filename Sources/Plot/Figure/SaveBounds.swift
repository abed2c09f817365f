/// Which part of the figure a saved file shows (matplotlib's `bbox_inches`).
public enum SaveBounds: Sendable, Hashable {
    /// The whole figure at its size.
    case figure
    /// The canvas shrunk or grown to the ink of the figure (every axes with
    /// its decorations, legends, texts, the suptitle) plus `padInches` on
    /// each side (matplotlib's `bbox_inches="tight"`, `pad_inches=0.1`).
    case tight(padInches: Double = 0.1)

    /// matplotlib's `bbox_inches="tight"` with its default pad.
    public static let tight = SaveBounds.tight()
}
