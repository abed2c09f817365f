extension TextExtent {
    /// The extent matplotlib 3.11's `Text._get_layout` gives one line of
    /// text: the run's advance as width, and its ink ascent and descent,
    /// each at least the font's typographic ascent and descent (unhinted,
    /// at the exact size) so that lines of one font share their height.
    /// A single line gets no share of the line gap.
    init(run: GlyphRun, lineMetrics: FontLineMetrics, points: Double, dpi: Double) {
        let scale = lineMetrics.pixelsPerUnit(points: points, dpi: dpi)
        self.init(
            width: run.advance,
            ascent: max(run.inkTop, lineMetrics.ascender * scale),
            descent: max(run.inkBottom, lineMetrics.descender * scale))
    }
}
