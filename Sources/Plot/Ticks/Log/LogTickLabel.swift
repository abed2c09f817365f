/// A log-axis tick label, `10^2` or `2×10^−1`: what matplotlib's `LogFormatterSciNotation` writes as
/// mathtext (`$\mathdefault{10^{2}}$`, `$\mathdefault{2\times10^{-1}}$`), split into the parts a
/// renderer without mathtext needs.
///
/// Draw ``body`` at the tick label font size and ``superscript`` after it, smaller and raised, as
/// ``MathtextScriptMetrics`` describes; use ``plainText`` where one string must do.
///
/// ```swift
/// let label = LogTickLabel(coefficient: "2", exponent: -1)
/// label.body          // "2×10"
/// label.superscript   // "−1"
/// label.plainText     // "2×10⁻¹"
/// label.mathtext      // "$\\mathdefault{2\\times10^{-1}}$"
/// ```
public struct LogTickLabel: Sendable, Hashable, CustomStringConvertible {
    /// The number before `×10` (`"2"`, `"1.05"`, formatted as Python's `'%g'`), or `nil` for a
    /// plain power of ten.
    public let coefficient: String?
    /// The power of ten.
    public let exponent: Int

    /// A label `coefficient×10^exponent`, or `10^exponent` when `coefficient` is `nil`.
    public init(coefficient: String? = nil, exponent: Int) {
        self.coefficient = coefficient
        self.exponent = exponent
    }

    /// The part drawn at full size: `"10"` or `"2×10"` (U+00D7 multiplication sign, which mathtext
    /// surrounds with binary-operator space; see ``MathtextScriptMetrics/binaryOperatorSpace``).
    public var body: String {
        coefficient.map { "\($0)×10" } ?? "10"
    }

    /// The exponent as mathtext draws it: `"2"`, `"−1"` (U+2212 minus sign).
    public var superscript: String {
        exponent < 0 ? "\u{2212}\(exponent.magnitude)" : "\(exponent)"
    }

    /// The exact text matplotlib gives the tick label (`Text.get_text()`), e.g. `$\mathdefault{10^{-1}}$`.
    public var mathtext: String {
        let times = coefficient.map { "\($0)\\times" } ?? ""
        return "$\\mathdefault{\(times)10^{\(exponent)}}$"
    }

    /// One-string rendering with Unicode superscripts: `"10²"`, `"2×10⁻¹"`.
    public var plainText: String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let raised = String(exponent.magnitude).compactMap { $0.wholeNumberValue.map { digits[$0] } }
        return body + (exponent < 0 ? "⁻" : "") + String(raised)
    }

    /// The plain-text form.
    public var description: String { plainText }
}
