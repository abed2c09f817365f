#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's `_hist_bin_*` width estimators, evaluated with the same float
/// operations in the same order (numpy 2.4's `numpy/lib/_histograms_impl.py`).
///
/// Known ulp-level differences, which change a bin count only when
/// `range / width` lands within an ulp of an integer: numpy's `np.log2` and
/// `np.power` use SIMD (SVML) kernels on AVX-512 machines where this code
/// calls the C library's `log2` and `pow`.
struct BinWidthEstimator {
    /// The data the rule sees (already trimmed to an explicit range).
    let values: UnsafeBufferPointer<Double>
    /// `max - min` of `values`.
    let peakToPeak: Double
    /// The outer edges of the histogram, which stone's trial histograms span.
    let first: Double
    let last: Double

    private var n: Double { Double(values.count) }

    func width(for rule: BinRule) -> Double {
        switch rule {
        case .auto:
            let corrected = Swift.max(fd(), sqrt() / 2)
            return Swift.min(corrected, sturges())
        case .autoLegacy:
            let fdWidth = fd()
            return fdWidth != 0 ? Swift.min(fdWidth, sturges()) : sturges()
        case .fd: return fd()
        case .sturges: return sturges()
        case .scott: return scott()
        case .rice: return rice()
        case .sqrt: return sqrt()
        case .doane: return doane()
        case .stone: return StoneEstimator(values: values, peakToPeak: peakToPeak, first: first, last: last).width()
        }
    }

    private func sqrt() -> Double {
        peakToPeak / n.squareRoot()
    }

    private func sturges() -> Double {
        peakToPeak / (log2(n) + 1.0)
    }

    private func rice() -> Double {
        peakToPeak / (2.0 * pow(n, 1.0 / 3))
    }

    private func scott() -> Double {
        let standardDeviation = Summary.uncheckedVariance(values, ddof: 0).squareRoot()
        return pow(24.0 * pow(Double.pi, 0.5) / n, 1.0 / 3.0) * standardDeviation
    }

    private func fd() -> Double {
        let iqr = Summary.uncheckedInterquartileRange(values)
        return 2.0 * iqr * pow(n, -1.0 / 3.0)
    }

    private func doane() -> Double {
        let count = values.count
        guard count > 2 else { return 0 }
        let sg1 = (6.0 * Double(count - 2) / ((n + 1.0) * Double(count + 3))).squareRoot()
        let mean = Summary.uncheckedMean(values)
        let sigma = PairwiseSum.sum(values) { value in
            let deviation = value - mean
            return deviation * deviation
        } / n
        let standardDeviation = sigma.squareRoot()
        guard standardDeviation > 0 else { return 0 }
        let g1 = PairwiseSum.sum(values) { value in
            pow((value - mean) / standardDeviation, 3)
        } / n
        return peakToPeak / (1.0 + log2(n) + log2(1.0 + abs(g1) / sg1))
    }
}
