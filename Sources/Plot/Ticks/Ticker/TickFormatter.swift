/// What one tick label says.
public enum TickLabel: Hashable, Sendable {
    /// Ordinary text, e.g. "−10" or "2.5".
    case plain(String)
    /// A power of ten drawn with a raised exponent, e.g. 10² or 2×10⁻¹.
    case power(LogTickLabel)

    /// The label as matplotlib's `Text.get_text()` gives it.
    public var mathtext: String {
        switch self {
        case .plain(let text): return text
        case .power(let power): return power.mathtext
        }
    }

    /// The label as one string, powers written with Unicode superscripts.
    public var plainText: String {
        switch self {
        case .plain(let text): return text
        case .power(let power): return power.plainText
        }
    }
}

/// The labels of a set of ticks and the text shown once beside the axis
/// (matplotlib's offset text, e.g. "1e6" or "+1e3").
public struct TickLabels: Hashable, Sendable {
    /// One label per location; `nil` where the tick has no label.
    public var labels: [TickLabel?]
    /// The offset text; empty for none.
    public var offsetText: String

    public init(labels: [TickLabel?], offsetText: String = "") {
        self.labels = labels
        self.offsetText = offsetText
    }
}

/// How an axis labels its ticks (matplotlib's `ticker.Formatter`).
///
/// A formatter sees every location the locator returned, as
/// `Formatter.format_ticks` does, so that labels can share a precision or an
/// offset. Conform your own type for labels none of the built-in formatters
/// write.
public protocol TickFormatter: Sendable {
    /// One label per location (in the same order) on an axis showing
    /// `viewMin` to `viewMax` (either order).
    func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels
}

extension ScalarFormatter: TickFormatter {
    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        let formatted = format(locations, viewMin: viewMin, viewMax: viewMax)
        return TickLabels(labels: formatted.labels.map(TickLabel.plain), offsetText: formatted.offsetText)
    }
}

extension LogFormatterSciNotation: TickFormatter {
    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        let labelled = labelledCoefficients(viewMin: viewMin, viewMax: viewMax)
        return TickLabels(labels: locations.map { label(for: $0, labelledCoefficients: labelled).map(TickLabel.power) })
    }
}
