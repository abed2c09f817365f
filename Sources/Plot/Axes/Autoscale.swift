/// matplotlib's `autoscale_view` for one linear axis (`autolimit_mode="data"`):
/// the data interval, widened by a margin that may not cross a sticky edge.
enum Autoscale {
    /// The view interval for data spanning `dataRange`; without data, the
    /// margin widens matplotlib's default (-0.05, 0.05).
    ///
    /// - Parameters:
    ///   - margin: the fraction of the data span added on each side.
    ///   - stickies: values the widened interval may not cross.
    static func limits(dataRange: ClosedRange<Double>?, margin: Double, stickies: [Double]) -> ClosedRange<Double> {
        let (low, high) = dataRange.map { ($0.lowerBound, $0.upperBound) } ?? (-.infinity, .infinity)
        var (x0, x1) = Nonsingular.limits(low, high, expander: 0.05)
        let tolerance = 1e-5 * max(abs(x0), abs(x1), abs(x1 - x0))
        let sorted = stickies.filter { !$0.isNaN }.sorted()
        // The largest sticky value below x0 (+tol) and the smallest above x1 (-tol).
        let lowerBound = sorted.last { $0 < x0 + tolerance }
        let upperBound = sorted.first { $0 > x1 - tolerance }
        var delta = (x1 - x0) * margin
        if !delta.isFinite { delta = 0 }
        x0 -= delta
        x1 += delta
        if let lowerBound { x0 = max(x0, lowerBound) }
        if let upperBound { x1 = min(x1, upperBound) }
        return x0...x1
    }
}
