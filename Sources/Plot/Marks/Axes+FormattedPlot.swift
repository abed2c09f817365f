/// Lines with markers and steps, as matplotlib's `ax.plot(x, y, "o-")`,
/// `ax.step` and `ax.stairs`.
extension Axes {
    /// Draws a line and/or markers through the points, styled by a
    /// matplotlib format string (`"o-"`, `"s--"`, `"k:"`, `"C1^"`).
    ///
    /// ```swift
    /// try axes.plot(x, y, format: "s--", markerFaceColor: .clear, label: "s--")
    /// ```
    ///
    /// - Parameters:
    ///   - x: the x data coordinates.
    ///   - y: the y data coordinates, as many as `x`.
    ///   - format: marker, line style and colour, each optional.
    ///   - color: overrides the format's colour; the next colour of the
    ///     line cycle when neither gives one.
    ///   - lineWidth: in points; the theme's when `nil`.
    ///   - markerSize: the marker width in points (`markersize`, 6).
    ///   - markerFaceColor: the marker inside; `.clear` for `"none"`.
    ///   - markerEdgeColor: the marker outline; the line colour when `nil`.
    ///   - markerEdgeWidth: in points (`markeredgewidth`, 1).
    ///   - markEvery: which points get markers.
    ///   - drawStyle: straight segments or steps.
    ///   - label: the legend label; no legend entry when `nil`.
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a bad format string
    ///   or lengths that differ.
    @discardableResult
    public func plot(
        _ x: [Double], _ y: [Double], format: String, color: Color? = nil, lineWidth: Double? = nil,
        markerSize: Double = 6, markerFaceColor: Color? = nil, markerEdgeColor: Color? = nil,
        markerEdgeWidth: Double = 1, markEvery: MarkEvery = .all, drawStyle: DrawStyle = .straight,
        label: String? = nil
    ) throws(PlotError) -> LineArtist {
        guard x.count == y.count else {
            throw .invalidArgument("plot: x has \(x.count) values but y has \(y.count)")
        }
        let parsed = try FormatString(format)
        let width = lineWidth ?? theme.lineWidth
        let stroke = lineStroke(
            color: color ?? parsed.resolvedColor(cycle: theme.colorCycle), width: width,
            dashes: parsed.lineStyle?.dashes(lineWidth: width) ?? [])
        let marker = parsed.marker.map {
            MarkerStyle(
                $0, size: markerSize, faceColor: markerFaceColor, edgeColor: markerEdgeColor,
                edgeWidth: markerEdgeWidth, every: markEvery)
        }
        let line = LineArtist(
            x: x, y: y, stroke: stroke, drawsLine: parsed.lineStyle != nil, marker: marker, drawStyle: drawStyle,
            label: label)
        add(line)
        return line
    }

    /// A step line through the points (matplotlib's `ax.step(x, y, where=…)`).
    ///
    /// - Parameters:
    ///   - x: the x data coordinates.
    ///   - y: the y data coordinates, as many as `x`.
    ///   - drawStyle: where the steps rise (matplotlib's `where`): `.stepsPre`
    ///     (matplotlib's default), `.stepsPost` or `.stepsMid`.
    ///   - format: a format string, as for ``plot(_:_:format:color:lineWidth:markerSize:markerFaceColor:markerEdgeColor:markerEdgeWidth:markEvery:drawStyle:label:)``.
    ///   - color: the line colour; the next colour of the line cycle when `nil`.
    ///   - lineWidth: in points; the theme's when `nil`.
    ///   - label: the legend label.
    @discardableResult
    public func step(
        _ x: [Double], _ y: [Double], where drawStyle: DrawStyle = .stepsPre, format: String = "-",
        color: Color? = nil, lineWidth: Double? = nil, label: String? = nil
    ) throws(PlotError) -> LineArtist {
        try plot(x, y, format: format, color: color, lineWidth: lineWidth, drawStyle: drawStyle, label: label)
    }

    /// A stepwise constant function: `values[i]` over `edges[i]...edges[i + 1]`,
    /// outlined down to `baseline` at both ends (matplotlib's unfilled
    /// `ax.stairs(values, edges)`, a patch: drawn under lines, `patch.linewidth`
    /// wide, in the next colour of the line cycle).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` unless there is one more
    ///   edge than values.
    @discardableResult
    public func stairs(
        _ values: [Double], edges: [Double], baseline: Double = 0, color: Color? = nil, lineWidth: Double? = nil,
        label: String? = nil
    ) throws(PlotError) -> LineArtist {
        guard edges.count == values.count + 1 else {
            throw .invalidArgument("stairs: \(values.count) values need \(values.count + 1) edges, got \(edges.count)")
        }
        var xs = [edges[0]], ys = [baseline]
        for (index, value) in values.enumerated() {
            xs += [edges[index], edges[index + 1]]
            ys += [value, value]
        }
        xs.append(edges[values.count])
        ys.append(baseline)
        let outline = LineArtist(
            x: xs, y: ys, stroke: StrokeStyle(color: color ?? nextLineColor(), width: lineWidth ?? theme.patchLineWidth),
            label: label, zOrder: 1, stickyEdges: StickyEdges(y: [baseline]))
        add(outline)
        return outline
    }
}
