/// One line of text laid out as matplotlib's Agg backend lays it out
/// (`FT2Font.set_text`): hinted glyph advances, pair kerning, the f-ligatures
/// of DejaVu Sans, glyphs the primary face lacks taken from its fallback,
/// and the control box of the hinted outlines.
///
/// Distances are in device pixels; `inkTop` is measured upwards from the
/// baseline and `inkBottom` downwards.
struct GlyphRun: Hashable, Sendable {
    /// A glyph of one of the fonts and where its origin sits on the baseline.
    struct Glyph: Hashable, Sendable {
        /// The glyph index in its face (not a character code).
        var index: UInt32
        /// Which face of the ``LayoutFont`` the glyph comes from: 0 for the
        /// primary face, 1 for its first fallback.
        var face: Int
        /// Distance of the glyph origin from the start of the line.
        var x: Double
    }

    /// Consecutive glyphs of one face, in order: what one face draws.
    struct Segment: Hashable, Sendable {
        var face: Int
        var glyphs: ArraySlice<Glyph>
    }

    var glyphs: [Glyph]
    /// The pen position after the last glyph: matplotlib's text width.
    var advance: Double
    /// The highest control point above the baseline (0 for an empty run).
    var inkTop: Double
    /// The lowest control point below the baseline (0 for an empty run).
    var inkBottom: Double
    /// Characters no face has a glyph for, drawn as the primary face's
    /// missing-glyph box.
    var missing: [Unicode.Scalar] = []

    /// A run with no glyphs.
    static let empty = GlyphRun(glyphs: [], advance: 0, inkTop: 0, inkBottom: 0)

    /// The glyphs split where the face changes; one segment for text the
    /// primary face covers.
    var segments: [Segment] {
        var segments: [Segment] = []
        var start = glyphs.startIndex
        for end in glyphs.indices.dropFirst() where glyphs[end].face != glyphs[start].face {
            segments.append(Segment(face: glyphs[start].face, glyphs: glyphs[start..<end]))
            start = end
        }
        if start < glyphs.endIndex {
            segments.append(Segment(face: glyphs[start].face, glyphs: glyphs[start...]))
        }
        return segments
    }
}
