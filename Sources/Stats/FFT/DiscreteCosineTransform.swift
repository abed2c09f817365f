import Foundation

/// The unnormalised type-II discrete cosine transform, as `scipy.fftpack.dct(x)`
/// (type 2, `norm=None`): `y[k] = 2 Σ_j x[j]·cos(πk(2j+1)/(2N))`.
///
/// Computed in O(N log N) with one complex FFT of the same length (Makhoul's
/// even/odd reordering), so the length must be a power of two.
enum DiscreteCosineTransform {
    /// The DCT-II of `values`, whose count must be a power of two.
    static func typeTwo(_ values: [Double]) -> [Double] {
        let count = values.count
        guard count > 1 else { return values.map { 2 * $0 } }
        let log2Count = count.trailingZeroBitCount
        precondition(1 << log2Count == count, "DCT length \(count) is not a power of two")
        // v = x[0], x[2], x[4], …, x[5], x[3], x[1]
        var real = [Double](repeating: 0, count: count)
        var imaginary = [Double](repeating: 0, count: count)
        for index in 0..<(count / 2) {
            real[index] = values[2 * index]
            real[count - 1 - index] = values[2 * index + 1]
        }
        RadixTwoFFT(log2Size: log2Count).forward(real: &real, imaginary: &imaginary)
        var result = [Double](repeating: 0, count: count)
        for k in 0..<count {
            let angle = -Double.pi * Double(k) / Double(2 * count)
            result[k] = 2 * (real[k] * cos(angle) - imaginary[k] * sin(angle))
        }
        return result
    }
}
