/// Convolution of a real signal with a real, symmetric kernel through one
/// complex FFT pair.
enum CircularConvolution {
    /// `Σ_i signal[k-i]·kernel[|i|]` for every `k` in `0..<signal.count`, where the
    /// kernel taps are given for offsets `0...reach` (the kernel is even) and
    /// `signal` is zero outside its range.
    ///
    /// The signal and the kernel share one complex transform (signal in the real
    /// part, kernel in the imaginary part) whose spectra are separated by the
    /// conjugate symmetry of real inputs; the padded length leaves room for the
    /// kernel's reach so that no wrap-around reaches the output.
    static func symmetric(signal: [Double], kernel: [Double]) -> [Double] {
        let reach = kernel.count - 1
        let log2Size = paddedLog2Size(signalCount: signal.count, reach: reach)
        let size = 1 << log2Size
        var real = [Double](repeating: 0, count: size)
        var imaginary = [Double](repeating: 0, count: size)
        for index in signal.indices { real[index] = signal[index] }
        imaginary[0] = kernel[0]
        for offset in 1..<max(1, kernel.count) {
            imaginary[offset] = kernel[offset]
            imaginary[size - offset] = kernel[offset]
        }
        let fft = RadixTwoFFT(log2Size: log2Size)
        fft.forward(real: &real, imaginary: &imaginary)
        // With Z = S + iK: S[k] = (Z[k] + conj Z[N-k]) / 2, K[k] = (Z[k] - conj Z[N-k]) / 2i.
        // K is real because the kernel is even, so the product is S[k]·Re K[k].
        var productReal = [Double](repeating: 0, count: size)
        var productImaginary = [Double](repeating: 0, count: size)
        for k in 0..<size {
            let mirror = (size - k) & (size - 1)
            let signalReal = (real[k] + real[mirror]) / 2
            let signalImaginary = (imaginary[k] - imaginary[mirror]) / 2
            let kernelReal = (imaginary[k] + imaginary[mirror]) / 2
            productReal[k] = signalReal * kernelReal
            productImaginary[k] = signalImaginary * kernelReal
        }
        fft.inverse(real: &productReal, imaginary: &productImaginary)
        return Array(productReal[0..<signal.count])
    }

    /// The exponent of the smallest power of two that holds the signal plus the kernel's reach.
    static func paddedLog2Size(signalCount: Int, reach: Int) -> Int {
        let needed = signalCount + reach
        var log2Size = 0
        while (1 << log2Size) < needed { log2Size += 1 }
        return log2Size
    }
}
