import CCairo

/// One FreeType face, sized and loaded as matplotlib's Agg backend sizes and
/// loads glyphs (matplotlib 3.11, `text.hinting: default`).
///
/// matplotlib sets the size with `FT_Set_Char_Size(size * 64, dpi)` (both
/// truncated to integers) and loads every glyph with `FT_LOAD_DEFAULT`: the
/// font's own TrueType hinting, which for DejaVu Sans rounds the size to
/// whole pixels per em, or FreeType's auto-hinter for a font without
/// instructions (STIX General). Distances are 26.6 fixed point, as FreeType
/// and HarfBuzz count.
///
/// A face is not thread-safe: the ``LayoutFont`` that owns it holds a lock
/// around every use.
final class FreeTypeFace {
    private let face: FT_Face
    let lineMetrics: FontLineMetrics

    /// The hinted advance of a loaded glyph and the lowest and highest y of
    /// its outline's points, 26.6.
    struct GlyphMetrics {
        var advance: Int
        var yMin: Int
        var yMax: Int
    }

    /// Takes ownership of `face`.
    init(face: FT_Face) {
        self.face = face
        lineMetrics = FontLineMetrics(face: face)
    }

    /// Whether `FT_Set_Char_Size` can take the size: FreeType counts pixels
    /// per em in 16 bits and the size in 26.6 fixed point.
    static func isSettable(points: Double, dpi: Double) -> Bool {
        points.isFinite && dpi.isFinite && points > 0 && dpi > 0
            && points * 64 < Double(Int32.max) && dpi < Double(UInt16.max) && points * dpi / 72 < Double(UInt16.max)
    }

    /// Sets the size as matplotlib does; false if FreeType refuses it. Call
    /// only with a size ``isSettable(points:dpi:)`` accepts.
    func setSize(points: Double, dpi: Double) -> Bool {
        FT_Set_Char_Size(face, FT_F26Dot6(points * 64), 0, FT_UInt(dpi), FT_UInt(dpi)) == 0
    }

    /// The glyph of a character code, or 0 (the missing-glyph box) when the
    /// face has none.
    func glyphIndex(_ codePoint: UInt32) -> UInt32 {
        UInt32(FT_Get_Char_Index(face, FT_ULong(codePoint)))
    }

    /// The `kern` table's unfitted adjustment between two glyphs, 26.6 (0
    /// for a face without one): what HarfBuzz applies for DejaVu Sans.
    func kerning(_ left: UInt32, _ right: UInt32) -> Int {
        var kerning = FT_Vector()
        guard FT_Get_Kerning(face, FT_UInt(left), FT_UInt(right), FT_KERNING_UNFITTED.rawValue, &kerning) == 0 else {
            return 0
        }
        return Int(kerning.x)
    }

    /// Loads a glyph hinted at the current size; `nil` if FreeType cannot.
    func loadGlyph(_ index: UInt32) -> GlyphMetrics? {
        guard FT_Load_Glyph(face, FT_UInt(index), FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph else {
            return nil
        }
        let (low, high) = Self.verticalControlBox(slot.pointee.outline)
        return GlyphMetrics(advance: Int(slot.pointee.advance.x), yMin: low, yMax: high)
    }

    /// The lowest and highest y of an outline's points, 26.6; an empty
    /// outline (a space) counts as (0, 0), as `FT_Glyph_Get_CBox` reports.
    private static func verticalControlBox(_ outline: FT_Outline) -> (Int, Int) {
        let count = Int(outline.n_points)
        guard count > 0, let points = outline.points else { return (0, 0) }
        var low = Int.max, high = Int.min
        for point in UnsafeBufferPointer(start: points, count: count) {
            low = min(low, Int(point.y))
            high = max(high, Int(point.y))
        }
        return (low, high)
    }
}
