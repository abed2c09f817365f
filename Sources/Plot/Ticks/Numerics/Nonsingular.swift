/// Widening of degenerate intervals, as matplotlib's `transforms._nonsingular`.
///
/// The axes code needs it in three places, with matplotlib's parameters:
/// - `set_xlim`/`set_ylim` and autoscaling (`Locator.nonsingular`): `expander: 0.05`;
/// - the autoscaled view limits (`MaxNLocator.view_limits`): `expander: 1e-12, tiny: 1e-13`;
/// - tick location (`MaxNLocator.tick_values`): `expander: 1e-13, tiny: 1e-14` (done for you).
///
/// ```swift
/// let limits = Nonsingular.limits(1, 1, expander: 0.05)   // (0.95, 1.05)
/// ```
public enum Nonsingular {
    /// The interval `(vmin, vmax)`, expanded when it is too small to be drawn.
    ///
    /// - If either end is infinite or NaN, returns `(-expander, expander)`.
    /// - If both ends are (nearly) zero, returns `(-expander, expander)`.
    /// - If `vmax - vmin <= max(|vmin|, |vmax|) · tiny`, each end moves outwards by
    ///   `expander` times its own magnitude.
    /// - The ends come back in increasing order, or, when `increasing` is false, in the order given.
    public static func limits(
        _ vmin: Double, _ vmax: Double,
        expander: Double = 0.001, tiny: Double = 1e-15, increasing: Bool = true
    ) -> (Double, Double) {
        guard vmin.isFinite, vmax.isFinite else { return (-expander, expander) }
        let swapped = vmax < vmin
        var low = swapped ? vmax : vmin
        var high = swapped ? vmin : vmax
        let largestMagnitude = max(abs(low), abs(high))
        if largestMagnitude < (1e6 / tiny) * Double.leastNormalMagnitude {
            low = -expander
            high = expander
        } else if high - low <= largestMagnitude * tiny {
            if high == 0 && low == 0 {
                low = -expander
                high = expander
            } else {
                low -= expander * abs(low)
                high += expander * abs(high)
            }
        }
        return swapped && !increasing ? (high, low) : (low, high)
    }
}
