import Foundation

/// Float operations spelled exactly as CPython and numpy evaluate them, so that tick positions and
/// labels come out bit-identical to matplotlib's (same operations, same order, same rounding).
enum PythonFloat {
    /// `divmod(a, b)` on floats (CPython's `float_divmod`, numpy's `npy_divmod`: the same algorithm).
    ///
    /// The quotient is the floor of `a / b` snapped to the nearest integer; the remainder has the
    /// sign of `b`. A zero divisor gives numpy's `a / b` quotient (±inf or NaN) and a NaN remainder.
    static func divmod(_ a: Double, _ b: Double) -> (quotient: Double, remainder: Double) {
        guard b != 0 else { return (a / b, .nan) }
        var remainder = a.truncatingRemainder(dividingBy: b)  // C fmod: exact
        var quotient = (a - remainder) / b
        if remainder != 0 {
            if (b < 0) != (remainder < 0) {
                remainder += b
                quotient -= 1
            }
        } else {
            remainder = Double(signOf: b, magnitudeOf: 0)
        }
        guard quotient != 0 else {
            return (Double(signOf: a / b, magnitudeOf: 0), remainder)
        }
        var floored = quotient.rounded(.down)
        if quotient - floored > 0.5 { floored += 1 }
        return (floored, remainder)
    }

    /// `a // b` on floats.
    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        divmod(a, b).quotient
    }

    /// Python's `10. ** k` (a float base): C `pow(10.0, k)`.
    static func floatPowerOfTen(_ k: Int) -> Double {
        pow(10, Double(k))
    }

    /// Python's `10 ** k` (an integer base) used as a float: the correctly rounded 10^k for
    /// `k >= 0` (an exact integer converted to float), C `pow(10.0, k)` for negative `k`.
    static func intPowerOfTen(_ k: Int) -> Double {
        guard k >= 0 else { return pow(10, Double(k)) }
        return Double("1e\(k)") ?? .infinity
    }

    /// numpy's `np.round(x, decimals)`: scale by the power of ten, round half to even, scale back.
    static func numpyRound(_ x: Double, decimals: Int) -> Double {
        let factor = numpyPowerOfTen(abs(decimals))
        if decimals >= 0 {
            return (x * factor).rounded(.toNearestOrEven) / factor
        }
        return (x / factor).rounded(.toNearestOrEven) * factor
    }

    /// numpy's internal `power_of_ten(n)` used by `np.round`: a table up to 1e8, then repeated × 10.
    private static func numpyPowerOfTen(_ n: Int) -> Double {
        let table = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        guard n >= table.count else { return table[n] }
        var result = 1e9
        for _ in 9..<n { result *= 10 }
        return result
    }

    /// `floor(log10(x))` as an integer exponent, or `nil` when it has none (x zero, negative,
    /// infinite or NaN, where Python would raise).
    static func floorLog10(_ x: Double) -> Int? {
        Int(exactly: log10(x).rounded(.down))
    }

    /// C/Python `printf`-style fixed-point formatting: `'%1.<decimals>f' % x` (correctly rounded).
    static func fixed(_ x: Double, decimals: Int) -> String {
        String(format: "%1.\(decimals)f", x)
    }

    /// `'%1.10g' % x`.
    static func general10(_ x: Double) -> String {
        String(format: "%1.10g", x)
    }
}
