/// Brent's root finder, step for step as scipy's `brentq` (its C `brentq.c`),
/// so that a port of a Python algorithm built on it lands on the same root.
enum BrentRoot {
    /// How a search ended.
    enum Outcome: Equatable {
        /// Converged to `x` within the tolerance.
        case converged(Double)
        /// `f(a)` and `f(b)` have the same sign, or `f` returned NaN
        /// (scipy raises `ValueError` for both).
        case notBracketed
        /// The iteration limit was reached; the last iterate is given.
        case exhausted(Double)
    }

    /// scipy's defaults: `xtol = 2e-12`, `rtol = 4·eps`, `maxiter = 100`.
    static func find(
        in lower: Double, _ upper: Double,
        absoluteTolerance: Double = 2e-12, relativeTolerance: Double = 4 * .ulpOfOne, maximumIterations: Int = 100,
        _ function: (Double) -> Double
    ) -> Outcome {
        var xPrevious = lower, xCurrent = upper
        var xBlock = 0.0, fBlock = 0.0, stepPrevious = 0.0, stepCurrent = 0.0
        var fPrevious = function(xPrevious)
        var fCurrent = function(xCurrent)
        guard !fPrevious.isNaN, !fCurrent.isNaN else { return .notBracketed }
        if fPrevious == 0 { return .converged(xPrevious) }
        if fCurrent == 0 { return .converged(xCurrent) }
        guard fPrevious.sign != fCurrent.sign else { return .notBracketed }

        for _ in 0..<maximumIterations {
            if fPrevious != 0, fCurrent != 0, fPrevious.sign != fCurrent.sign {
                xBlock = xPrevious
                fBlock = fPrevious
                stepPrevious = xCurrent - xPrevious
                stepCurrent = stepPrevious
            }
            if abs(fBlock) < abs(fCurrent) {
                xPrevious = xCurrent; xCurrent = xBlock; xBlock = xPrevious
                fPrevious = fCurrent; fCurrent = fBlock; fBlock = fPrevious
            }
            let delta = (absoluteTolerance + relativeTolerance * abs(xCurrent)) / 2
            let bisection = (xBlock - xCurrent) / 2
            if fCurrent == 0 || abs(bisection) < delta { return .converged(xCurrent) }

            if abs(stepPrevious) > delta, abs(fCurrent) < abs(fPrevious) {
                let trial: Double
                if xPrevious == xBlock {
                    trial = -fCurrent * (xCurrent - xPrevious) / (fCurrent - fPrevious)  // secant
                } else {
                    let slopePrevious = (fPrevious - fCurrent) / (xPrevious - xCurrent)
                    let slopeBlock = (fBlock - fCurrent) / (xBlock - xCurrent)
                    trial = -fCurrent * (fBlock * slopeBlock - fPrevious * slopePrevious)
                        / (slopeBlock * slopePrevious * (fBlock - fPrevious))  // inverse quadratic
                }
                if 2 * abs(trial) < min(abs(stepPrevious), 3 * abs(bisection) - delta) {
                    stepPrevious = stepCurrent
                    stepCurrent = trial
                } else {
                    stepPrevious = bisection
                    stepCurrent = bisection
                }
            } else {
                stepPrevious = bisection
                stepCurrent = bisection
            }

            xPrevious = xCurrent
            fPrevious = fCurrent
            xCurrent += abs(stepCurrent) > delta ? stepCurrent : (bisection > 0 ? delta : -delta)
            fCurrent = function(xCurrent)
            if fCurrent.isNaN { return .notBracketed }
        }
        return .exhausted(xCurrent)
    }
}
