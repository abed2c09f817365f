/// numpy's pairwise summation (`pairwise_sum_DOUBLE`, used by `np.add.reduce`,
/// `np.sum`, `np.mean`, `np.var`), reproduced operation for operation so that
/// sums agree bit for bit: blocks of at most 128 values are summed with eight
/// interleaved accumulators, larger runs are split in two at a multiple of 8.
enum PairwiseSum {
    private static let blockSize = 128
    private static let unroll = 8

    /// `np.sum(values)`.
    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        sum(values) { $0 }
    }

    /// `np.sum(values)`.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { sum($0) }
    }

    /// `np.sum(transform(values))` without materialising the transformed array.
    static func sum(_ values: UnsafeBufferPointer<Double>, _ transform: (Double) -> Double) -> Double {
        guard let base = values.baseAddress else { return 0 }
        // The reduction starts from the identity 0.0, as numpy's does.
        return 0.0 + block(base, values.count, transform)
    }

    private static func block(
        _ a: UnsafePointer<Double>, _ n: Int, _ transform: (Double) -> Double
    ) -> Double {
        if n < unroll {
            var result = -0.0
            for i in 0..<n { result += transform(a[i]) }
            return result
        }
        if n <= blockSize {
            var r0 = transform(a[0]), r1 = transform(a[1]), r2 = transform(a[2]), r3 = transform(a[3])
            var r4 = transform(a[4]), r5 = transform(a[5]), r6 = transform(a[6]), r7 = transform(a[7])
            let unrolledEnd = n - n % unroll
            var i = unroll
            while i < unrolledEnd {
                r0 += transform(a[i]); r1 += transform(a[i + 1])
                r2 += transform(a[i + 2]); r3 += transform(a[i + 3])
                r4 += transform(a[i + 4]); r5 += transform(a[i + 5])
                r6 += transform(a[i + 6]); r7 += transform(a[i + 7])
                i += unroll
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += transform(a[i])
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % unroll
        return block(a, half, transform) + block(a + half, n - half, transform)
    }
}
