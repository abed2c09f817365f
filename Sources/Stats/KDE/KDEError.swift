/// Problems that stop a Gaussian kernel density estimate, each with a message
/// that says what to change.
///
/// ``singularData(count:)`` is the case seaborn answers by skipping the curve
/// with a warning ("Dataset has 0 variance; skipping density estimate"): a
/// plotting layer should catch it and draw nothing. ``varianceOverflow(lower:upper:)``
/// and ``varianceUnderflow(lower:upper:)`` are data a double cannot describe
/// by a variance; ``isUnusableSpread`` groups the three.
public enum KDEError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer than two values, all values equal, or all weight on a single value:
    /// the data have no spread from which to choose a bandwidth.
    case singularData(count: Int)
    /// The data contain NaN or infinite values (remove them first, e.g. with ``FiniteSample``).
    case nonFiniteData(count: Int)
    /// The values in `lower...upper` spread so widely that their variance
    /// overflows a double (spreads beyond about 1e154 do).
    case varianceOverflow(lower: Double, upper: Double)
    /// The values in `lower...upper` are distinct, but so close together that
    /// their variance (or the bandwidth) underflows to zero or a subnormal double.
    case varianceUnderflow(lower: Double, upper: Double)
    /// A `.factor` bandwidth (or the factor after `adjust`) is not a positive finite number.
    case invalidBandwidthFactor(Double)
    /// The bandwidth multiplier `adjust` is not a positive finite number.
    case invalidAdjust(Double)
    /// The improved Sheather–Jones root search found no bandwidth (typically too few distinct values).
    case bandwidthSelectionFailed(String)
    /// The support grid needs between 2 and ``GaussianKDE/maximumGridSize`` points.
    case invalidGridSize(Int)
    /// The support `cut` must be a finite number ≥ 0.
    case invalidCut(Double)
    /// A clip range must have `lower < upper` and no NaN bound.
    case invalidClip(lower: Double, upper: Double)
    /// The clip range leaves no interval of the support `[lower, upper]` (lower ≥ upper).
    case emptySupport(lower: Double, upper: Double)

    /// Whether the error is about the data's spread (none, or beyond what a
    /// double holds) rather than about the settings: the case a plot answers
    /// by drawing no curve and warning.
    public var isUnusableSpread: Bool {
        switch self {
        case .singularData, .varianceOverflow, .varianceUnderflow: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .singularData(let count):
            return "cannot estimate a density from \(count) value\(count == 1 ? "" : "s") without spread: "
                + "a Gaussian KDE needs at least two distinct values carrying weight (seaborn skips such a curve)"
        case .nonFiniteData(let count):
            return "the data contain \(count) NaN or infinite value\(count == 1 ? "" : "s"); "
                + "remove them first (FiniteSample does this and counts them)"
        case .varianceOverflow(let lower, let upper):
            return "cannot estimate a density of values spanning [\(lower), \(upper)]: their variance overflows "
                + "a double (the spread must stay below about 1e154); rescale the data, e.g. divide it by a power of ten"
        case .varianceUnderflow(let lower, let upper):
            return "cannot estimate a density of values spanning [\(lower), \(upper)]: they are distinct, but their "
                + "variance underflows a double (the spread must exceed about 1e-154); rescale the data, e.g. multiply it by a power of ten"
        case .invalidBandwidthFactor(let factor):
            return "bandwidth factor \(factor) is invalid: use a positive finite number (scipy's scalar bw_method)"
        case .invalidAdjust(let adjust):
            return "bandwidth adjustment \(adjust) is invalid: use a positive finite multiplier (1 keeps the rule's bandwidth)"
        case .bandwidthSelectionFailed(let reason):
            return "the improved Sheather–Jones bandwidth could not be found (\(reason)); "
                + "use more data or a rule such as .scott or .silverman"
        case .invalidGridSize(let size):
            return "grid size \(size) is invalid: use between 2 and \(GaussianKDE.maximumGridSize) points"
        case .invalidCut(let cut):
            return "cut \(cut) is invalid: use a finite number of bandwidths ≥ 0 (seaborn's default is 3)"
        case .invalidClip(let lower, let upper):
            return "clip range [\(lower), \(upper)] is invalid: the lower bound must be below the upper bound"
        case .emptySupport(let lower, let upper):
            return "the clip range leaves no support: the grid would run from \(lower) to \(upper); "
                + "widen the clip range so that it overlaps the data"
        }
    }
}
