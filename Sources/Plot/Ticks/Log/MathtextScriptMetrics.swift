/// How matplotlib's mathtext (fontset `dejavusans`, the default) lays out a ``LogTickLabel``, in
/// multiples of the tick label font size, so a renderer without mathtext can place the parts.
///
/// For `2×10^−1` at font size `s` the boxes follow one another on the baseline, left to right:
/// the coefficient glyphs; ``binaryOperatorSpace``·s; `×`; ``binaryOperatorSpace``·s; `10`;
/// ``superscriptKern``·s; then the superscript `−1` at ``scriptScale``·s, its baseline
/// ``superscriptRise``·s above the label's; then ``trailingScriptSpace``·s of empty width, which
/// counts when the label is centred or right-aligned. Glyph advances are DejaVu Sans' own (at the
/// reduced size for the superscript); the superscript minus is U+2212 with no operator space.
///
/// ```swift
/// let size = 10.0
/// let superscriptSize = MathtextScriptMetrics.scriptScale * size        // 7 pt
/// let rise = MathtextScriptMetrics.superscriptRise * size               // 4.13 pt
/// ```
///
/// Source: `_mathtext.py` (`SHRINK_FACTOR`, `DejaVuSansFontConstants`, `Parser.subsuper`,
/// `Parser.symbol`), checked against `MathTextParser("path")` glyph positions in
/// `ticks_log_layout.json`.
public enum MathtextScriptMetrics {
    /// DejaVu Sans' x-height as mathtext takes it: 1120/2048 em.
    private static let xHeight = 1120.0 / 2048.0

    /// Size of a superscript relative to the text around it (`SHRINK_FACTOR`).
    public static let scriptScale = 0.7

    /// How far the superscript baseline is raised: `sup1 × x-height` = 845.824/2048 ≈ 0.413.
    public static let superscriptRise = 845.824 / 2048.0

    /// Gap between the last body glyph's advance and the superscript: `delta × x-height`, shrunk
    /// with the superscript (0.025 × 1120/2048 × 0.7 ≈ 0.00957).
    public static let superscriptKern = 0.025 * xHeight * scriptScale

    /// Width added after the superscript: `script_space × x-height` (0.05 × 1120/2048 ≈ 0.0273).
    public static let trailingScriptSpace = 0.05 * xHeight

    /// Space on each side of `×`: 0.2 quad, the quad being the advance of DejaVu Sans' `m`
    /// (1995/2048 em), so ≈ 0.195.
    public static let binaryOperatorSpace = 0.2 * 1995.0 / 2048.0
}
