/// One line of text laid out as matplotlib's Agg backend lays it out
/// (`FT2Font.set_text`): hinted glyph advances, pair kerning, the f-ligatures
/// of DejaVu Sans, and the control box of the hinted outlines.
///
/// Distances are in device pixels; `inkTop` is measured upwards from the
/// baseline and `inkBottom` downwards.
struct GlyphRun: Hashable, Sendable {
    /// A glyph of the font and where its origin sits on the baseline.
    struct Glyph: Hashable, Sendable {
        /// The glyph index in the font (not a character code).
        var index: UInt32
        /// Distance of the glyph origin from the start of the line.
        var x: Double
    }

    var glyphs: [Glyph]
    /// The pen position after the last glyph: matplotlib's text width.
    var advance: Double
    /// The highest control point above the baseline (0 for an empty run).
    var inkTop: Double
    /// The lowest control point below the baseline (0 for an empty run).
    var inkBottom: Double
    /// Characters the font has no glyph for, drawn as its missing-glyph box.
    var missing: [Unicode.Scalar] = []

    /// A run with no glyphs.
    static let empty = GlyphRun(glyphs: [], advance: 0, inkTop: 0, inkBottom: 0)
}
