extension Summary {
    /// The sum with numpy's pairwise summation (`np.sum`).
    public static func sum(_ values: [Double]) throws(SummaryError) -> Double {
        try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> Double in
            try requireFinite(buffer)
            return PairwiseSum.sum(buffer)
        }
    }

    /// The arithmetic mean (`np.mean`).
    public static func mean(_ values: [Double]) throws(SummaryError) -> Double {
        try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> Double in
            try requireFinite(buffer)
            return uncheckedMean(buffer)
        }
    }

    /// The variance with `ddof` delta degrees of freedom (`np.var(x, ddof=ddof)`):
    /// the sum of squared deviations from the mean divided by `n - ddof`.
    ///
    /// Throws when `n <= ddof` (numpy would return `inf` or `nan` with a warning).
    public static func variance(_ values: [Double], ddof: Int = 0) throws(SummaryError) -> Double {
        try values.withUnsafeBufferPointer { (buffer) throws(SummaryError) -> Double in
            try requireFinite(buffer)
            guard ddof >= 0, buffer.count > ddof else {
                throw .data(.tooFewValues(count: buffer.count, required: max(ddof, 0) + 1))
            }
            return uncheckedVariance(buffer, ddof: ddof)
        }
    }

    /// The standard deviation, `sqrt(variance(values, ddof: ddof))` (`np.std`).
    public static func standardDeviation(_ values: [Double], ddof: Int = 0) throws(SummaryError) -> Double {
        try variance(values, ddof: ddof).squareRoot()
    }

    static func uncheckedMean(_ values: UnsafeBufferPointer<Double>) -> Double {
        PairwiseSum.sum(values) / Double(values.count)
    }

    static func uncheckedVariance(_ values: UnsafeBufferPointer<Double>, ddof: Int) -> Double {
        let mean = uncheckedMean(values)
        let squares = PairwiseSum.sum(values) { value in
            let deviation = value - mean
            return deviation * deviation
        }
        return squares / Double(values.count - ddof)
    }
}
