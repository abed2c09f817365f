import CCairo
import Foundation

/// A FreeType face that lays out text exactly as matplotlib's Agg backend
/// measures it (matplotlib 3.11, `text.hinting: default`).
///
/// matplotlib sets the size with `FT_Set_Char_Size(size * 64, dpi)` (both
/// truncated to integers), loads every glyph with `FT_LOAD_DEFAULT` — the
/// font's own TrueType hinting, which for DejaVu Sans rounds the size to
/// whole pixels per em — and shapes with HarfBuzz, whose kerning for DejaVu
/// Sans equals the `kern` table's unfitted values and whose ligatures are
/// ff, fi, fl, ffi, ffl. The width of a line is the final pen position; its
/// height and descent come from the control boxes of the hinted outlines.
///
/// A face is not thread-safe, so every use holds a lock.
final class FreeTypeFace: @unchecked Sendable {
    // Guarded by `lock`: FreeType faces must not be used by two threads at once.
    private let face: FT_Face
    private let lock = NSLock()
    let lineMetrics: FontLineMetrics

    /// The f-ligatures HarfBuzz forms with DejaVu Sans, longest first, with
    /// the code points of their presentation forms.
    private static let ligatures: [(text: [Unicode.Scalar], codePoint: UInt)] = [
        (["f", "f", "i"], 0xFB03), (["f", "f", "l"], 0xFB04),
        (["f", "f"], 0xFB00), (["f", "i"], 0xFB01), (["f", "l"], 0xFB02),
    ]

    /// Takes ownership of `face`.
    init(face: FT_Face) {
        self.face = face
        lineMetrics = FontLineMetrics(face: face)
    }

    /// Lays out one line of `text` at `points` and `dpi`; empty for a size
    /// FreeType cannot set (not positive, not finite, or beyond its range).
    func glyphRun(_ text: String, points: Double, dpi: Double) -> GlyphRun {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, Self.isSettable(points: points, dpi: dpi) else { return .empty }
        lock.lock()
        defer { lock.unlock() }
        guard FT_Set_Char_Size(face, FT_F26Dot6(points * 64), 0, FT_UInt(dpi), FT_UInt(dpi)) == 0 else {
            return .empty
        }
        var glyphs: [GlyphRun.Glyph] = []
        var pen = 0  // 26.6 fixed point, as FreeType and HarfBuzz count
        var yMin = Int.max, yMax = Int.min
        var previous: FT_UInt = 0
        let (indices, missing) = glyphIndices(scalars)
        for index in indices {
            if previous != 0 {
                var kerning = FT_Vector()
                if FT_Get_Kerning(face, previous, index, FT_KERNING_UNFITTED.rawValue, &kerning) == 0 {
                    pen += Int(kerning.x)
                }
            }
            guard FT_Load_Glyph(face, index, FT_Int32(FT_LOAD_DEFAULT)) == 0, let slot = face.pointee.glyph else {
                continue
            }
            let (low, high) = Self.verticalControlBox(slot.pointee.outline)
            yMin = min(yMin, low)
            yMax = max(yMax, high)
            glyphs.append(GlyphRun.Glyph(index: UInt32(index), x: Double(pen) / 64))
            pen += Int(slot.pointee.advance.x)
            previous = index
        }
        guard !glyphs.isEmpty else { return .empty }
        return GlyphRun(glyphs: glyphs, advance: Double(pen) / 64, inkTop: Double(yMax) / 64,
                        inkBottom: -Double(yMin) / 64, missing: missing)
    }

    /// Whether `FT_Set_Char_Size` can take the size: FreeType counts pixels
    /// per em in 16 bits and the size in 26.6 fixed point.
    static func isSettable(points: Double, dpi: Double) -> Bool {
        points.isFinite && dpi.isFinite && points > 0 && dpi > 0
            && points * 64 < Double(Int32.max) && dpi < Double(UInt16.max) && points * dpi / 72 < Double(UInt16.max)
    }

    /// The glyphs of `scalars` after ligature substitution, and the
    /// characters the font lacks: those get the font's missing-glyph box
    /// (index 0), as matplotlib draws them when no fallback font has them.
    private func glyphIndices(_ scalars: [Unicode.Scalar]) -> (indices: [FT_UInt], missing: [Unicode.Scalar]) {
        var indices: [FT_UInt] = []
        var missing: [Unicode.Scalar] = []
        var position = 0
        scan: while position < scalars.count {
            for ligature in Self.ligatures where scalars[position...].starts(with: ligature.text) {
                let index = FT_Get_Char_Index(face, FT_ULong(ligature.codePoint))
                if index != 0 {
                    indices.append(index)
                    position += ligature.text.count
                    continue scan
                }
            }
            let index = FT_Get_Char_Index(face, FT_ULong(scalars[position].value))
            indices.append(index)
            if index == 0 { missing.append(scalars[position]) }
            position += 1
        }
        return (indices, missing)
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
