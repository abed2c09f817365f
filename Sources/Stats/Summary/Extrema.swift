/// The smallest and largest value of a data set, found in one pass.
public struct Extrema: Sendable, Equatable {
    /// The smallest value (`np.min`).
    public let minimum: Double
    /// The largest value (`np.max`).
    public let maximum: Double

    /// `maximum - minimum` (`np.ptp`); infinite when the difference overflows.
    public var peakToPeak: Double { maximum - minimum }
}

extension Summary {
    /// The minimum and maximum in one pass.
    public static func extrema(_ values: [Double]) throws(SummaryError) -> Extrema {
        try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> Extrema in
            guard let extrema = scanExtrema(buffer) else { throw .data(.empty) }
            guard extrema.nonFinite == 0 else { throw .nonFiniteValues(count: extrema.nonFinite) }
            return extrema.extrema
        }
    }

    /// Minimum, maximum and the number of non-finite values, or nil when empty.
    static func scanExtrema(_ values: UnsafeBufferPointer<Double>) -> (extrema: Extrema, nonFinite: Int)? {
        guard let first = values.first else { return nil }
        var low = first
        var high = first
        var nonFinite = 0
        for value in values {
            low = value < low ? value : low
            high = value > high ? value : high
            nonFinite += value.isFinite ? 0 : 1
        }
        return (Extrema(minimum: low, maximum: high), nonFinite)
    }
}
