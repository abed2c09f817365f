/// Measures text as it will be drawn, so that layout can be computed before
/// anything is drawn (the half of a ``Renderer`` that layout needs).
public protocol TextMeasurer: AnyObject {
    /// Dots per inch: device units per inch.
    var dpi: Double { get }

    /// The size of one line of text (see ``TextExtent``).
    func measureText(_ text: String, style: TextStyle) -> TextExtent

    /// The font's typographic line metrics in device units: the least
    /// ascent and descent of every line, and the gap between lines.
    func lineMetrics(for style: TextStyle) -> FontVerticalMetrics

    /// The characters measured or drawn so far that neither the font nor
    /// its fallback has a glyph for (they are drawn as the font's
    /// missing-glyph box).
    var missingCharacters: Set<Unicode.Scalar> { get }
}

/// A font's typographic ascent, descent and line gap in device units (the
/// OS/2 table's values, as matplotlib's `Text._get_layout` reads them).
public struct FontVerticalMetrics: Hashable, Sendable {
    public var ascent: Double
    public var descent: Double
    public var lineGap: Double

    public init(ascent: Double, descent: Double, lineGap: Double) {
        self.ascent = ascent
        self.descent = descent
        self.lineGap = lineGap
    }
}

extension TextMeasurer {
    /// Points to device units.
    public func pixels(fromPoints points: Double) -> Double { points * dpi / 72 }
}
