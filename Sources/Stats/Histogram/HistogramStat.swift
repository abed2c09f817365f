/// What a histogram's bar heights show (seaborn's `stat`).
public enum HistogramStat: String, CaseIterable, Sendable {
    /// The number of values (or the sum of weights) in each bin.
    case count
    /// Count divided by bin width.
    case frequency
    /// Count divided by the total, so the heights sum to 1 (seaborn's "proportion" too).
    case probability
    /// Probability times 100.
    case percent
    /// Count divided by bin width and total, so the area is 1 (`np.histogram(density=True)`).
    case density

    /// seaborn's other name for ``probability``.
    public static var proportion: HistogramStat { .probability }
}
