import Foundation

/// matplotlib's `autoscale_view` for one axis (`autolimit_mode="data"`): the
/// data interval, widened by a margin (measured in the scale's linear space)
/// that may not cross a sticky edge.
enum Autoscale {
    /// The view interval for data spanning `dataRange` on an axis of `scale`.
    ///
    /// - Parameters:
    ///   - dataRange: the finite data extent; `nil` when no artist has data
    ///     on this axis (the margin then widens matplotlib's default).
    ///   - minPositive: the smallest positive data value, which a log axis
    ///     shows instead of values ≤ 0.
    ///   - margin: the fraction of the span added on each side.
    ///   - stickies: values the widened interval may not cross.
    static func limits(
        dataRange: ClosedRange<Double>?, minPositive: Double? = nil, margin: Double, stickies: [Double],
        scale: AxisScale = .linear
    ) -> ClosedRange<Double> {
        let (low, high) = dataRange.map { ($0.lowerBound, $0.upperBound) } ?? (-.infinity, .infinity)
        var (x0, x1): (Double, Double)
        switch scale {
        case .linear, .function:
            (x0, x1) = Nonsingular.limits(low, high, expander: 0.05)
        case .log:
            let floor = minPositive ?? .infinity
            let (vmin, vmax) = LogLocator.nonsingular(low, high, minPositive: floor)
            (x0, x1) = LogScaleLimits.limitRange(vmin: vmin, vmax: vmax, minPositive: floor)
        }
        let tolerance = 1e-5 * max(abs(x0), abs(x1), abs(x1 - x0))
        let sorted = stickies.filter { !$0.isNaN && scale.isInDomain($0) }.sorted()
        // The largest sticky value below x0 (+tol) and the smallest above x1 (-tol).
        let lowerBound = sorted.last { $0 < x0 + tolerance }
        let upperBound = sorted.first { $0 > x1 - tolerance }
        let (t0, t1) = (scale.forward(x0), scale.forward(x1))
        var delta = (t1 - t0) * margin
        if !delta.isFinite { delta = 0 }
        if delta != 0 {
            // A margin that leaves the scale's domain (a square root below 0)
            // keeps the data's own end.
            let (low, high) = (scale.inverse(t0 - delta), scale.inverse(t1 + delta))
            if low.isFinite { x0 = low }
            if high.isFinite { x1 = high }
        }
        if let lowerBound { x0 = max(x0, lowerBound) }
        if let upperBound { x1 = min(x1, upperBound) }
        return x0 <= x1 ? x0...x1 : x1...x0
    }
}
