import Foundation

/// matplotlib's `ticker._Edge_integer`: how many whole steps fit below or above a value, with a
/// tolerance that grows when the offset is large compared to the step (floats lose precision there).
struct EdgeInteger {
    let step: Double
    let offsetMagnitude: Double

    init(step: Double, offset: Double) {
        self.step = step
        self.offsetMagnitude = abs(offset)
    }

    /// The largest `n` with `n · step <= x`.
    func stepsAtOrBelow(_ x: Double) -> Double {
        let (quotient, remainder) = PythonFloat.divmod(x, step)
        return isClose(remainder / step, to: 1) ? quotient + 1 : quotient
    }

    /// The smallest `n` with `n · step >= x`.
    func stepsAtOrAbove(_ x: Double) -> Double {
        let (quotient, remainder) = PythonFloat.divmod(x, step)
        return isClose(remainder / step, to: 0) ? quotient : quotient + 1
    }

    private func isClose(_ fraction: Double, to edge: Double) -> Bool {
        var tolerance = 1e-10
        if offsetMagnitude > 0 {
            let digits = log10(offsetMagnitude / step)
            tolerance = min(0.4999, max(1e-10, pow(10, digits - 12)))
        }
        return abs(fraction - edge) < tolerance
    }
}
