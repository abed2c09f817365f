/// Vertical and horizontal line segments and stem plots, as matplotlib's
/// `ax.vlines`, `ax.hlines` and `ax.stem`.
extension Axes {
    /// A vertical segment at each `x` from `low` to `high` (matplotlib's
    /// `ax.vlines(x, ymin, ymax)`: one line collection, in `lines.color`,
    /// C0, unless `color` is given).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when `low` or `high`
    ///   holds neither one value nor one per `x`.
    @discardableResult
    public func vlines(
        _ x: [Double], low: [Double], high: [Double], color: Color? = nil, lineWidth: Double? = nil,
        lineStyle: LineStyle = .solid, label: String? = nil
    ) throws(PlotError) -> SegmentsArtist {
        try addRules(x, low, high, vertical: true, color: color, lineWidth: lineWidth, lineStyle: lineStyle, label: label)
    }

    /// A horizontal segment at each `y` from `low` to `high` (matplotlib's
    /// `ax.hlines(y, xmin, xmax)`).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` as ``vlines(_:low:high:color:lineWidth:lineStyle:label:)``.
    @discardableResult
    public func hlines(
        _ y: [Double], low: [Double], high: [Double], color: Color? = nil, lineWidth: Double? = nil,
        lineStyle: LineStyle = .solid, label: String? = nil
    ) throws(PlotError) -> SegmentsArtist {
        try addRules(y, low, high, vertical: false, color: color, lineWidth: lineWidth, lineStyle: lineStyle, label: label)
    }

    /// A stem plot (matplotlib's `ax.stem(x, y)`): a vertical line from
    /// `bottom` to each value in C0, a circle on each value, and a C3
    /// baseline across the positions.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ
    ///   or there are no points.
    public func stem(
        _ x: [Double], _ y: [Double], bottom: Double = 0, lineFormat: String = "C0-", markerFormat: String = "o",
        baseFormat: String = "C3-"
    ) throws(PlotError) {
        guard x.count == y.count, let low = x.min(), let high = x.max() else {
            throw .invalidArgument("stem: x has \(x.count) values and y \(y.count); give the same number, at least one")
        }
        let line = try FormatString(lineFormat)
        let lineColor = line.resolvedColor(cycle: theme.colorCycle) ?? theme.colorCycle[0]
        let markerColor = try FormatString(markerFormat).resolvedColor(cycle: theme.colorCycle) ?? lineColor
        try vlines(x, low: [bottom], high: y, color: lineColor, lineStyle: line.lineStyle ?? .solid)
        try plot(x, y, format: markerFormat, color: markerColor)
        try plot([low, high], [bottom, bottom], format: baseFormat)
    }

    private func addRules(
        _ positions: [Double], _ low: [Double], _ high: [Double], vertical: Bool, color: Color?, lineWidth: Double?,
        lineStyle: LineStyle, label: String?
    ) throws(PlotError) -> SegmentsArtist {
        for (name, ends) in [("low", low), ("high", high)] where ends.count != 1 && ends.count != positions.count {
            throw .invalidArgument(
                "\(vertical ? "vlines" : "hlines"): \(positions.count) positions but \(ends.count) \(name) ends")
        }
        func end(_ values: [Double], _ index: Int) -> Double { values.count == 1 ? values[0] : values[index] }
        let segments = positions.indices.map { index in
            let (position, from, to) = (positions[index], end(low, index), end(high, index))
            return vertical
                ? SegmentsArtist.Segment(x0: position, y0: from, x1: position, y1: to)
                : SegmentsArtist.Segment(x0: from, y0: position, x1: to, y1: position)
        }
        let width = lineWidth ?? theme.lineWidth
        let rules = SegmentsArtist(
            segments: segments,
            stroke: StrokeStyle(color: color ?? theme.colorCycle[0], width: width, dashes: lineStyle.dashes(lineWidth: width)),
            label: label)
        add(rules)
        return rules
    }
}
