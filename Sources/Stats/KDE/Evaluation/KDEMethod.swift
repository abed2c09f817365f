/// How ``GaussianKDE/density(at:method:)`` sums the kernels.
public enum KDEMethod: Sendable, Equatable {
    /// ``exact`` while it is cheap (n·m ≤ 250 000 kernel terms, ~1.5 ms, e.g. up to
    /// 1 250 values on seaborn's 200-point grid); beyond that ``binned`` when it is
    /// estimated faster and its grid fits, else ``exact``.
    case automatic
    /// The direct sum over all data for every point, in scipy's floating-point
    /// order (agrees with `gaussian_kde.evaluate` to ~1e-15 relative). Cost O(n·m).
    case exact
    /// Bin the data on a grid of spacing σ/32 (moment-preserving quadratic binning),
    /// smooth the grid nodes near the points with the sampled kernel and
    /// interpolate (cubic): absolute error below 1e-5 × the peak density (~3e-6
    /// measured at worst), cost O(n + m). Falls back to ``exact`` when the grid
    /// would exceed 2²² nodes (data and points spanning more than ~130 000 bandwidths).
    case binned
}
