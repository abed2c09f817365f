/// matplotlib's format strings (`"o-"`, `"s--"`, `"k:"`, `"C1^"`): a
/// marker, a line style and a colour, each optional, in any order.
///
/// As in matplotlib, a marker without a line style means no line, and
/// neither means a solid line.
public struct FormatString: Hashable, Sendable {
    /// A colour a format string names.
    public enum FormatColor: Hashable, Sendable {
        /// A base colour letter (`b g r c m y k w`).
        case fixed(Color)
        /// `"CN"`: the N-th colour of the theme's cycle.
        case cycle(Int)
    }

    public var marker: Marker?
    /// `nil` when the format draws no line.
    public var lineStyle: LineStyle?
    public var color: FormatColor?

    /// Parses `format` as matplotlib's `_process_plot_format` does.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for an unknown character
    ///   or a part given twice.
    public init(_ format: String) throws(PlotError) {
        var marker: Marker?
        var lineStyle: LineStyle?
        var color: FormatColor?
        let characters = Array(format)
        var index = 0
        func fail(_ reason: String) -> PlotError {
            .invalidArgument("format string '\(format)': \(reason)")
        }
        while index < characters.count {
            let character = characters[index]
            let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : nil
            if let pair, let style = LineStyle(rawValue: pair), style != .solid {
                guard lineStyle == nil else { throw fail("two line styles") }
                lineStyle = style
                index += 2
            } else if character == "-" {
                guard lineStyle == nil else { throw fail("two line styles") }
                lineStyle = .solid
                index += 1
            } else if character == ":" {
                guard lineStyle == nil else { throw fail("two line styles") }
                lineStyle = .dotted
                index += 1
            } else if character == "C", index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue {
                guard color == nil else { throw fail("two colours") }
                color = .cycle(digit)
                index += 2
            } else if let base = Color.baseNames[String(character)] {
                guard color == nil else { throw fail("two colours") }
                color = .fixed(base)
                index += 1
            } else if let symbol = try? Marker(String(character)) {
                guard marker == nil else { throw fail("two markers") }
                marker = symbol
                index += 1
            } else {
                throw fail("unrecognised character '\(character)'")
            }
        }
        if marker == nil && lineStyle == nil { lineStyle = .solid }
        self.marker = marker
        self.lineStyle = lineStyle
        self.color = color
    }

    /// The colour named, resolved against `cycle` for `"CN"`.
    public func resolvedColor(cycle: [Color]) -> Color? {
        switch color {
        case .fixed(let color): return color
        case .cycle(let index): return cycle.isEmpty ? nil : cycle[index % cycle.count]
        case nil: return nil
        }
    }
}
