import CCairo

/// The typographic ascent, descent and line gap that matplotlib 3.11's
/// `Text._get_layout` uses as the minimum extent of every line: the OS/2
/// table's `sTypoAscender`/`sTypoDescender`/`sTypoLineGap`, or the `hhea`
/// values when a font has no OS/2 table, in font units.
struct FontLineMetrics: Hashable, Sendable {
    var ascender: Double
    /// Positive below the baseline.
    var descender: Double
    var lineGap: Double
    var unitsPerEm: Double

    /// Reads the metrics of a FreeType face.
    init(face: FT_Face) {
        unitsPerEm = Double(face.pointee.units_per_EM)
        if let raw = FT_Get_Sfnt_Table(face, FT_SFNT_OS2) {
            let os2 = raw.assumingMemoryBound(to: TT_OS2.self).pointee
            ascender = Double(os2.sTypoAscender)
            descender = -Double(os2.sTypoDescender)
            lineGap = Double(os2.sTypoLineGap)
        } else {
            ascender = Double(face.pointee.ascender)
            descender = -Double(face.pointee.descender)
            lineGap = Double(face.pointee.height) - ascender - descender
        }
    }

    /// Font units to device pixels at `points` and `dpi`, unhinted, as
    /// matplotlib scales them (`fontsize * dpi / 72 / unitsPerEm`).
    func pixelsPerUnit(points: Double, dpi: Double) -> Double {
        points * dpi / 72 / unitsPerEm
    }
}
