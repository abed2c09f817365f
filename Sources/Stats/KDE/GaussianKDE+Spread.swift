extension GaussianKDE {
    /// Refuses a variance that is zero, infinite or NaN, telling apart data
    /// without spread (``KDEError/singularData(count:)``) from a spread a
    /// double cannot hold: squared deviations beyond about 1e308 overflow
    /// (``KDEError/varianceOverflow(lower:upper:)``, NaN when a zero weight
    /// meets an infinite deviation), below about 5e-324 they vanish
    /// (``KDEError/varianceUnderflow(lower:upper:)``).
    static func checkSpread(
        variance: Double, data: [Double], weights: [Double]?, range: ClosedRange<Double>
    ) throws(KDEError) {
        if variance.isNaN || variance == .infinity {
            throw .varianceOverflow(lower: range.lowerBound, upper: range.upperBound)
        }
        guard variance <= 0 else { return }
        guard hasWeightedSpread(data, weights: weights) else { throw .singularData(count: data.count) }
        throw .varianceUnderflow(lower: range.lowerBound, upper: range.upperBound)
    }

    /// Refuses a kernel standard deviation that overflowed or is not a normal double.
    static func checkSpread(bandwidth: Double, range: ClosedRange<Double>) throws(KDEError) {
        if bandwidth == .infinity || bandwidth.isNaN {
            throw .varianceOverflow(lower: range.lowerBound, upper: range.upperBound)
        }
        guard bandwidth.isNormal else {
            throw .varianceUnderflow(lower: range.lowerBound, upper: range.upperBound)
        }
    }

    /// Whether two different values carry positive weight (every value does without weights).
    private static func hasWeightedSpread(_ data: [Double], weights: [Double]?) -> Bool {
        guard let weights else { return data.contains { $0 != data[0] } }
        guard let first = zip(data, weights).first(where: { $0.1 > 0 })?.0 else { return false }
        return zip(data, weights).contains { $0.1 > 0 && $0.0 != first }
    }
}
