import Foundation

/// An in-place complex discrete Fourier transform of a power-of-two length
/// (iterative radix-2 Cooley–Tukey), with its twiddle factors computed once.
///
/// The forward transform computes `X[k] = Σ x[j]·exp(-2πi·jk/N)`; the inverse
/// uses `exp(+2πi·jk/N)` and divides by `N`, so `inverse(forward(x)) == x` up to
/// rounding.
///
/// ```swift
/// let fft = RadixTwoFFT(log2Size: 3)
/// var re: [Double] = [1, 0, 0, 0, 0, 0, 0, 0], im = [Double](repeating: 0, count: 8)
/// fft.forward(real: &re, imaginary: &im)   // re == all ones, im == all zeros
/// ```
struct RadixTwoFFT: Sendable {
    /// The transform length, `2^log2Size`.
    let size: Int
    private let cosines: [Double]
    private let sines: [Double]

    /// Prepares a transform of `2^log2Size` points (`log2Size` in 0...30).
    init(log2Size: Int) {
        precondition((0...30).contains(log2Size), "FFT length 2^\(log2Size) is out of range")
        size = 1 << log2Size
        let half = size / 2
        var cosines = [Double](repeating: 1, count: half)
        var sines = [Double](repeating: 0, count: half)
        for k in 0..<half {
            let angle = 2 * Double.pi * Double(k) / Double(size)
            cosines[k] = cos(angle)
            sines[k] = sin(angle)
        }
        self.cosines = cosines
        self.sines = sines
    }

    /// Replaces `(real, imaginary)` by its forward transform.
    /// Both arrays must hold exactly ``size`` values.
    func forward(real: inout [Double], imaginary: inout [Double]) {
        transform(real: &real, imaginary: &imaginary, sign: -1)
    }

    /// Replaces `(real, imaginary)` by its inverse transform (including the 1/N factor).
    /// Both arrays must hold exactly ``size`` values.
    func inverse(real: inout [Double], imaginary: inout [Double]) {
        transform(real: &real, imaginary: &imaginary, sign: 1)
        let scale = 1 / Double(size)
        for index in 0..<size {
            real[index] *= scale
            imaginary[index] *= scale
        }
    }

    private func transform(real: inout [Double], imaginary: inout [Double], sign: Double) {
        precondition(real.count == size && imaginary.count == size, "FFT input length must equal the plan size")
        guard size > 1 else { return }
        real.withUnsafeMutableBufferPointer { re in
            imaginary.withUnsafeMutableBufferPointer { im in
                cosines.withUnsafeBufferPointer { cosTable in
                    sines.withUnsafeBufferPointer { sinTable in
                        Self.bitReverse(re, im)
                        var span = 1
                        while span < size {
                            let stride = size / (2 * span)
                            var start = 0
                            while start < size {
                                for offset in 0..<span {
                                    let wr = cosTable[offset * stride]
                                    let wi = sign * sinTable[offset * stride]
                                    let top = start + offset
                                    let bottom = top + span
                                    let br = re[bottom] * wr - im[bottom] * wi
                                    let bi = re[bottom] * wi + im[bottom] * wr
                                    re[bottom] = re[top] - br
                                    im[bottom] = im[top] - bi
                                    re[top] += br
                                    im[top] += bi
                                }
                                start += 2 * span
                            }
                            span *= 2
                        }
                    }
                }
            }
        }
    }

    private static func bitReverse(_ re: UnsafeMutableBufferPointer<Double>, _ im: UnsafeMutableBufferPointer<Double>) {
        let count = re.count
        var reversed = 0
        for index in 1..<count {
            var bit = count >> 1
            while reversed & bit != 0 {
                reversed ^= bit
                bit >>= 1
            }
            reversed |= bit
            if index < reversed {
                re.swapAt(index, reversed)
                im.swapAt(index, reversed)
            }
        }
    }
}
