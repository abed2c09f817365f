import Foundation

/// matplotlib's `LogFormatterSciNotation` as a log axis sets it up for both major and minor ticks
/// (base 10, `labelOnlyBase=False`, `minor_thresholds=(1, 0.4)`).
///
/// Powers of ten are labelled `10^k`. Other ticks (minor ones) are labelled `c×10^k` only when the
/// view is narrow: when it holds at most one power of ten, the multiples 1, 2, 3, 4, 6 (and 10) of
/// a power of ten get labels; when it also spans at most 0.4 decades, every tick does. Wider views
/// leave them blank.
///
/// ```swift
/// let formatter = LogFormatterSciNotation()
/// formatter.labels(for: [0.6, 1, 2, 5], viewMin: 0.5, viewMax: 5).map { $0?.plainText }
/// // ["6×10⁻¹", "10⁰", "2×10⁰", nil]
/// ```
public struct LogFormatterSciNotation: Sendable, Hashable {
    /// `minor_thresholds[0]`: above this many powers of ten in view, only powers of ten are labelled.
    private static let labelSubsetUpToDecadeTicks = 1.0
    /// `minor_thresholds[1]`: up to this many decades of view, every tick is labelled.
    private static let labelAllUpToDecades = 0.4

    /// A formatter with matplotlib's defaults.
    public init() {}

    /// The labels of the ticks at `values` on an axis showing `viewMin...viewMax` (either order,
    /// positive), as `format_ticks`; `nil` where matplotlib's label is empty, and for values that
    /// are not finite and positive (a log axis never shows them).
    public func labels(for values: [Double], viewMin: Double, viewMax: Double) -> [LogTickLabel?] {
        let labelled = labelledCoefficients(viewMin: viewMin, viewMax: viewMax)
        return values.map { label(for: $0, labelledCoefficients: labelled) }
    }

    /// `set_locs`: which rounded coefficients (of `c × 10^k`) get a label in this view.
    func labelledCoefficients(viewMin: Double, viewMax: Double) -> Set<Int> {
        let (low, high) = viewMin <= viewMax ? (viewMin, viewMax) : (viewMax, viewMin)
        guard low > 0 else { return [1] }
        let logLow = log(low) / log(10)  // Python's math.log(x, 10)
        let logHigh = log(high) / log(10)
        let decadeTicks = logHigh.rounded(.down) - logLow.nextDown.rounded(.down)
        let decades = abs(logHigh - logLow)
        if decadeTicks > Self.labelSubsetUpToDecadeTicks {
            return [1]
        }
        if decades > Self.labelAllUpToDecades {
            // np.round(np.geomspace(1, 10, 6)): {1, 2, 3, 4, 6, 10}
            return Set((0...5).map { Int(pow(10, Double($0) / 5).rounded(.toNearestOrEven)) })
        }
        return Set(1...10)
    }

    /// `LogFormatterSciNotation.__call__` for one positive value.
    func label(for value: Double, labelledCoefficients: Set<Int>) -> LogTickLabel? {
        guard value > 0, value.isFinite else { return nil }
        let exponent = log(value) / log(10)
        let nearest = exponent.rounded(.toNearestOrEven)
        let isDecade = Self.isClose(exponent, nearest)
        let decade = isDecade ? nearest : exponent.rounded(.down)
        let roundedCoefficient = pow(10, exponent - decade).rounded(.toNearestOrEven)
        guard labelledCoefficients.contains(Int(roundedCoefficient)) else { return nil }
        if isDecade {
            return LogTickLabel(exponent: Int(nearest))
        }
        var coefficient = pow(10, exponent - decade)
        if Self.isClose(coefficient, coefficient.rounded(.toNearestOrEven)) {
            coefficient.round(.toNearestOrEven)
        }
        return LogTickLabel(coefficient: String(format: "%g", coefficient), exponent: Int(decade))
    }

    /// Python's `math.isclose(a, b)` (relative tolerance 1e-9, no absolute tolerance).
    private static func isClose(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
