import Foundation

/// Values as percentages of `xmax` (matplotlib's `ticker.PercentFormatter`):
/// with `xmax: 1`, 0.25 reads "25%".
///
/// Without `decimals`, the precision follows the view's span as matplotlib
/// chooses it: `ceil(2 − log10(2 × span in percent))`, kept within 0…5.
public struct PercentFormatter: TickFormatter, Hashable {
    /// The value that is 100 %.
    public let xmax: Double
    /// Digits after the decimal point; `nil` to choose from the view.
    public let decimals: Int?
    /// Written after the number.
    public let symbol: String
    /// Whether hyphens become U+2212 (`axes.unicode_minus`).
    public let unicodeMinus: Bool

    public init(xmax: Double = 100, decimals: Int? = nil, symbol: String = "%", unicodeMinus: Bool = true) {
        self.xmax = xmax
        self.decimals = decimals.map { max($0, 0) }
        self.symbol = symbol
        self.unicodeMinus = unicodeMinus
    }

    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        let digits = decimals ?? automaticDecimals(span: abs(viewMax - viewMin))
        return TickLabels(labels: locations.map { value in
            let text = PythonFloat.fixed(percent(value), decimals: digits) + symbol
            return .plain(unicodeMinus ? text.replacingOccurrences(of: "-", with: "\u{2212}") : text)
        })
    }

    private func percent(_ value: Double) -> Double { 100 * (value / xmax) }

    private func automaticDecimals(span: Double) -> Int {
        let scaled = percent(span)
        guard scaled > 0, scaled.isFinite else { return 0 }
        return min(max(Int((2 - log10(2 * scaled)).rounded(.up)), 0), 5)
    }
}
