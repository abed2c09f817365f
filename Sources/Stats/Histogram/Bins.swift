/// How a histogram chooses its bins.
///
/// ```swift
/// let auto: Bins = .rule(.auto)           // np.histogram(a, "auto")
/// let ten: Bins = .count(10)              // np.histogram(a, 10)
/// let half: Bins = .width(0.5)            // seaborn histplot(binwidth=0.5)
/// let given: Bins = .edges([0, 1, 2, 4])  // np.histogram(a, [0, 1, 2, 4])
/// ```
public enum Bins: Sendable, Equatable {
    /// A named estimator of the bin width; the range is split into
    /// `ceil(range / width)` equal bins.
    case rule(BinRule)
    /// This many equal bins over the range.
    case count(Int)
    /// Bins of (about) this width, as seaborn's `binwidth`: `np.arange(start,
    /// stop + width, width)` decides the count and the last edge, then the
    /// edges are laid out evenly between `start` and that last edge.
    case width(Double)
    /// These edges, non-decreasing; the explicit range is then ignored (as numpy does).
    case edges([Double])
}
