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
    ///
    /// The extremes of finite values do not depend on the order of comparison,
    /// so the scan runs in four independent lanes. Two cases where the order
    /// does matter are rescanned in order: non-finite values, and an extreme of
    /// zero (−0 and +0 compare equal; the first one seen is kept).
    static func scanExtrema(_ values: UnsafeBufferPointer<Double>) -> (extrema: Extrema, nonFinite: Int)? {
        guard let first = values.first, let base = values.baseAddress else { return nil }
        var low = SIMD4(repeating: first), high = low
        var nonFinite = SIMD4<Int64>.zero
        var index = 0
        while index + 4 <= values.count {
            let value = SIMD4(base[index], base[index + 1], base[index + 2], base[index + 3])
            low.replace(with: value, where: value .< low)
            high.replace(with: value, where: value .> high)
            nonFinite.replace(with: nonFinite &+ 1, where: .!((value - value) .== 0))
            index += 4
        }
        var lowest = low.min(), highest = high.max()
        var nonFiniteCount = Int(nonFinite.wrappedSum())
        for value in values[index...] {
            lowest = value < lowest ? value : lowest
            highest = value > highest ? value : highest
            nonFiniteCount += value.isFinite ? 0 : 1
        }
        guard nonFiniteCount == 0, lowest != 0, highest != 0 else { return orderedScan(values) }
        return (Extrema(minimum: lowest, maximum: highest), 0)
    }

    /// The scan in data order, with `value < low ? value : low` semantics throughout.
    private static func orderedScan(_ values: UnsafeBufferPointer<Double>) -> (extrema: Extrema, nonFinite: Int)? {
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
