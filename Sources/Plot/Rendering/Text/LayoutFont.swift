import Foundation

/// The faces that lay out text of one weight, exactly as matplotlib's Agg
/// backend measures it (matplotlib 3.11, `text.hinting: default`, with
/// `font.family: ["DejaVu Sans", "STIXGeneral"]`): an `FT2Font` with a
/// `_fallback_list`.
///
/// Each character takes its glyph from the first face that has one, and
/// every glyph is loaded at the same size from its own face. A character no
/// face has gets the primary face's missing-glyph box. Within a face, text
/// is shaped as HarfBuzz shapes it there: for DejaVu Sans its kerning equals
/// the `kern` table's unfitted values and its ligatures are ff, fi, fl,
/// ffi, ffl; between glyphs of different faces there is no kerning. The
/// width of a line is the final pen position; its height and descent come
/// from the control boxes of the hinted outlines of all its glyphs. Line
/// metrics are the primary face's, as `Text._get_layout` reads them.
///
/// The faces are not thread-safe, so every use holds one lock for all.
final class LayoutFont: @unchecked Sendable {
    // Guarded by `lock`: FreeType faces must not be used by two threads at once.
    private let faces: [FreeTypeFace]
    private let lock = NSLock()
    /// The primary face's typographic ascent, descent and line gap.
    let lineMetrics: FontLineMetrics

    /// The f-ligatures HarfBuzz forms with DejaVu Sans, longest first, with
    /// the code points of their presentation forms.
    private static let ligatures: [(text: [Unicode.Scalar], codePoint: UInt32)] = [
        (["f", "f", "i"], 0xFB03), (["f", "f", "l"], 0xFB04),
        (["f", "f"], 0xFB00), (["f", "i"], 0xFB01), (["f", "l"], 0xFB02),
    ]

    /// The primary face and then its fallbacks, in the order they are tried.
    init(primary: FreeTypeFace, fallbacks: [FreeTypeFace]) {
        faces = [primary] + fallbacks
        lineMetrics = primary.lineMetrics
    }

    /// Lays out one line of `text` at `points` and `dpi`; empty for a size
    /// FreeType cannot set (not positive, not finite, or beyond its range).
    func glyphRun(_ text: String, points: Double, dpi: Double) -> GlyphRun {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, FreeTypeFace.isSettable(points: points, dpi: dpi) else { return .empty }
        lock.lock()
        defer { lock.unlock() }
        guard faces.allSatisfy({ $0.setSize(points: points, dpi: dpi) }) else { return .empty }
        var glyphs: [GlyphRun.Glyph] = []
        var pen = 0  // 26.6 fixed point, as FreeType and HarfBuzz count
        var yMin = Int.max, yMax = Int.min
        var previous: (face: Int, index: UInt32)?
        let (sources, missing) = glyphSources(scalars)
        for (face, index) in sources {
            if let previous, previous.face == face, previous.index != 0 {
                pen += faces[face].kerning(previous.index, index)
            }
            guard let metrics = faces[face].loadGlyph(index) else { continue }
            yMin = min(yMin, metrics.yMin)
            yMax = max(yMax, metrics.yMax)
            glyphs.append(GlyphRun.Glyph(index: index, face: face, x: Double(pen) / 64))
            pen += metrics.advance
            previous = (face, index)
        }
        guard !glyphs.isEmpty else { return .empty }
        return GlyphRun(glyphs: glyphs, advance: Double(pen) / 64, inkTop: Double(yMax) / 64,
                        inkBottom: -Double(yMin) / 64, missing: missing)
    }

    /// The face and glyph of each character of `scalars` after ligature
    /// substitution, and the characters no face has: those get the primary
    /// face's missing-glyph box (index 0), as matplotlib draws them when no
    /// fallback font has them. Ligatures are the primary face's: their
    /// letters never fall back.
    private func glyphSources(_ scalars: [Unicode.Scalar]) -> (sources: [(face: Int, index: UInt32)], missing: [Unicode.Scalar]) {
        var sources: [(face: Int, index: UInt32)] = []
        var missing: [Unicode.Scalar] = []
        var position = 0
        scan: while position < scalars.count {
            for ligature in Self.ligatures where scalars[position...].starts(with: ligature.text) {
                let index = faces[0].glyphIndex(ligature.codePoint)
                if index != 0 {
                    sources.append((0, index))
                    position += ligature.text.count
                    continue scan
                }
            }
            let codePoint = scalars[position].value
            let found = faces.indices.lazy.map { (face: $0, index: self.faces[$0].glyphIndex(codePoint)) }
                .first { $0.index != 0 }
            if let found {
                sources.append(found)
            } else {
                sources.append((0, 0))
                missing.append(scalars[position])
            }
            position += 1
        }
        return (sources, missing)
    }
}
