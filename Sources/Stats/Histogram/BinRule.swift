/// numpy's named bin-width estimators (`np.histogram_bin_edges(a, bins="…")`).
public enum BinRule: String, CaseIterable, Sendable {
    /// numpy ≥ 2.3's default: `min(max(fd, sqrt / 2), sturges)`. The `sqrt / 2`
    /// floor caps the count near `2·√n` bins and replaces the IQR = 0 fallback.
    case auto
    /// numpy < 2.3's `"auto"`: `min(fd, sturges)` when fd > 0, else `sturges`
    /// (what numpy's docstring still describes).
    case autoLegacy
    /// Freedman–Diaconis: `2·IQR·n^(-1/3)`; zero width (one bin) when IQR = 0.
    case fd
    /// `ptp / (log2(n) + 1)`.
    case sturges
    /// `(24·√π / n)^(1/3)·σ` with the population standard deviation.
    case scott
    /// `ptp / (2·n^(1/3))`.
    case rice
    /// `ptp / √n`.
    case sqrt
    /// Sturges corrected for skewness.
    case doane
    /// The bin count in `1…max(100, √n)` minimising Stone's cross-validated ISE estimate.
    case stone
}
