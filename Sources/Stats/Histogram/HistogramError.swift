/// Why a histogram cannot be built.
public enum HistogramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data or the weights are unusable: empty data, mismatched weights, invalid weights.
    case data(DataError)
    /// Some data values are NaN or infinite.
    case nonFiniteData(count: Int)
    /// `.count(n)` with n < 1.
    case nonPositiveBinCount(Int)
    /// `.width(w)` with w ≤ 0, NaN or infinite.
    case invalidBinWidth(Double)
    /// `.width(w)` with w so small next to the range start that `start + w == start`.
    case binWidthBelowResolution(width: Double, start: Double)
    /// The bins would number more than the limit (they would exhaust memory).
    case tooManyBins(requested: Double, limit: Int)
    /// Explicit edges that are too few, not finite or decreasing.
    case invalidEdges(String)
    /// A range bound is NaN or infinite.
    case nonFiniteRange(lower: Double, upper: Double)
    /// The range is too wide for a double: `upper - lower` overflows.
    case rangeOverflow(lower: Double, upper: Double)
    /// Adjacent edges coincide: the range is too narrow for so many bins at this magnitude.
    case binsTooNarrowForRange(count: Int, lower: Double, upper: Double)
    /// numpy cannot estimate a bin width from weighted data.
    case weightsNeedExplicitBins(BinRule)
    /// A normalised statistic was asked for, but no value falls inside the bins.
    case noValuesInRange
    /// Dividing by a bin's width gives an infinite height: the bins are
    /// narrower than doubles resolve (subnormal widths, e.g. data near 1e-310).
    case binsTooNarrowForHeights(stat: HistogramStat, width: Double)

    /// A message that says what was wrong and what to do about it.
    public var description: String {
        switch self {
        case .data(let error):
            return error.description
        case .nonFiniteData(let count):
            return "\(count) data value\(count == 1 ? " is" : "s are") NaN or infinite; drop them first (FiniteSample does)"
        case .nonPositiveBinCount(let count):
            return "bin count \(count) must be at least 1"
        case .invalidBinWidth(let width):
            return "bin width \(width) must be a positive finite number"
        case .binWidthBelowResolution(let width, let start):
            return "bin width \(width) is below the floating-point resolution at \(start); use a wider bin"
        case .tooManyBins(let requested, let limit):
            return "\(requested) bins requested, more than the limit of \(limit); use a coarser rule, a bin count or a bin width"
        case .invalidEdges(let reason):
            return "invalid bin edges: \(reason)"
        case .nonFiniteRange(let lower, let upper):
            return "the range [\(lower), \(upper)] is not finite"
        case .rangeOverflow(let lower, let upper):
            return "the range [\(lower), \(upper)] is wider than the largest double; rescale the data"
        case .binsTooNarrowForRange(let count, let lower, let upper) where lower == upper:
            return "cannot make \(count) bin\(count == 1 ? "" : "s") around \(lower): at this magnitude a double "
                + "cannot widen the range [\(lower), \(upper)]; rescale the data or give explicit edges"
        case .binsTooNarrowForRange(let count, let lower, let upper):
            return "cannot split [\(lower), \(upper)] into \(count) bins of non-zero width; use fewer bins"
        case .weightsNeedExplicitBins(let rule):
            return "the \(rule.rawValue) rule cannot estimate bins for weighted data; give a bin count, width or edges"
        case .noValuesInRange:
            return "no data value falls inside the bins, so the histogram cannot be normalised"
        case .binsTooNarrowForHeights(let stat, let width):
            return "bins of width \(width) are too narrow for \(stat.rawValue) heights, which overflow to infinity; "
                + "use wider bins (fewer, or a bin width), the count stat, or rescale the data"
        }
    }
}
