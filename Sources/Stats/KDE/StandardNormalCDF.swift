import Foundation

/// The standard normal distribution function Φ as scipy's `special.ndtr`
/// (cephes): `½ + ½ erf(x/√2)` near 0 and `½ erfc(|x|/√2)` (reflected) in the
/// tails, which keeps full relative accuracy for very negative arguments.
enum StandardNormalCDF {
    static func value(_ a: Double) -> Double {
        if a.isNaN { return .nan }
        let x = a * (0.5).squareRoot()
        let z = abs(x)
        if z < (0.5).squareRoot() { return 0.5 + 0.5 * erf(x) }
        let tail = 0.5 * erfc(z)
        return x > 0 ? 1 - tail : tail
    }
}
