import Foundation

extension ScalarFormatter {
    /// matplotlib's `ScalarFormatter._compute_offset`: the additive offset for the visible ticks.
    ///
    /// Non-zero only when at least two distinct ticks are visible, all of one sign, and the
    /// leading digits they share amount to at least `10^(threshold - 1)` in units of the smallest
    /// power of ten that still tells the extreme ticks apart.
    static func offset(visible: [Double], threshold: Int) -> Double {
        guard let lowest = visible.min(), let highest = visible.max(), lowest != highest,
            !(lowest <= 0 && 0 <= highest)
        else { return 0 }
        let smallMagnitude = min(abs(lowest), abs(highest))
        let largeMagnitude = max(abs(lowest), abs(highest))
        let sign = Double(signOf: lowest, magnitudeOf: 1)
        let topExponent = log10(largeMagnitude).rounded(.up)
        func leading(_ value: Double, _ exponent: Double) -> Double {
            PythonFloat.floorDivide(value, pow(10, exponent))
        }
        // The smallest power of ten at which the two extremes are equal.
        guard var exponent = firstExponent(downFrom: topExponent, where: {
            leading(smallMagnitude, $0) != leading(largeMagnitude, $0)
        }) else { return 0 }
        exponent += 1
        if (largeMagnitude - smallMagnitude) / pow(10, exponent) <= 1e-2 {
            // Straddling a multiple of a large power of ten: the smallest power at which the
            // extremes are no more than 1 apart.
            guard let straddle = firstExponent(downFrom: topExponent, where: {
                leading(largeMagnitude, $0) - leading(smallMagnitude, $0) > 1
            }) else { return 0 }
            exponent = straddle + 1
        }
        let shared = leading(largeMagnitude, exponent)
        guard shared >= PythonFloat.intPowerOfTen(threshold - 1) else { return 0 }
        return sign * shared * pow(10, exponent)
    }

    /// The first of `start, start - 1, start - 2, …` satisfying `condition`. The search stops
    /// below the float range (where matplotlib's own loop would never end) and returns `nil`.
    private static func firstExponent(downFrom start: Double, where condition: (Double) -> Bool) -> Double? {
        var exponent = start
        while exponent >= -400 {
            if condition(exponent) { return exponent }
            exponent -= 1
        }
        return nil
    }
}
