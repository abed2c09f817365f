/// numpy's `arange` arithmetic for seaborn's bin widths (evenly spaced
/// edges themselves come from ``NumpyLinspace``).
enum LinearEdges {
    /// The number of values and the last value of `np.arange(start, stop, step)`
    /// for a positive step (numpy fills `start + i·((start + step) - start)`
    /// from the third value on), or nil when the range is empty.
    static func arangeEnd(start: Double, stop: Double, step: Double) -> (count: Double, last: Double)? {
        let count = ((stop - start) / step).rounded(.up)
        guard count >= 1 else { return nil }
        let delta = (start + step) - start
        let last: Double
        switch count {
        case 1: last = start
        case 2: last = start + step
        default: last = start + (count - 1) * delta
        }
        return (count, last)
    }
}
