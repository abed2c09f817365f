/// The basic plotting calls, as matplotlib's `Axes.plot`, `bar`,
/// `fill_between`, `axvline`, `axhline` and `text`.
extension Axes {
    /// Draws a line through the points (x[i], y[i]).
    ///
    /// - Parameters:
    ///   - x: the x data coordinates.
    ///   - y: the y data coordinates, as many as `x`.
    ///   - color: the line colour; the next colour of the line cycle when `nil`.
    ///   - lineWidth: in points; the theme's line width when `nil`.
    ///   - dashes: on/off lengths in points; empty for a solid line.
    ///   - label: the legend label; no legend entry when `nil`.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    @discardableResult
    public func plot(
        _ x: [Double], _ y: [Double], color: Color? = nil, lineWidth: Double? = nil,
        dashes: [Double] = [], label: String? = nil
    ) throws(PlotError) -> LineArtist {
        guard x.count == y.count else {
            throw .invalidArgument("plot: x has \(x.count) values but y has \(y.count)")
        }
        let line = LineArtist(x: x, y: y, stroke: lineStroke(color: color, width: lineWidth, dashes: dashes), label: label)
        add(line)
        return line
    }

    /// Draws a line through the points on log-scaled x and y axes
    /// (matplotlib's `ax.loglog`).
    @discardableResult
    public func loglog(
        _ x: [Double], _ y: [Double], color: Color? = nil, lineWidth: Double? = nil, dashes: [Double] = [],
        label: String? = nil
    ) throws(PlotError) -> LineArtist {
        xScale = .log
        yScale = .log
        return try plot(x, y, color: color, lineWidth: lineWidth, dashes: dashes, label: label)
    }

    /// The stroke of a data line in this theme (dashed lines get the
    /// theme's dash cap, as matplotlib's `dash_capstyle`).
    public func lineStroke(color: Color? = nil, width: Double? = nil, dashes: [Double] = []) -> StrokeStyle {
        theme.lineStroke(color: color ?? nextLineColor(), width: width, dashes: dashes)
    }

    /// Draws bars between consecutive `edges`, `heights[i]` tall, from 0.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` unless there is one more
    ///   edge than heights.
    @discardableResult
    public func bar(
        edges: [Double], heights: [Double], color: Color? = nil, alpha: Double = 1, label: String? = nil
    ) throws(PlotError) -> BarsArtist {
        guard edges.count == heights.count + 1 else {
            throw .invalidArgument("bar: \(edges.count) edges need \(edges.count - 1) heights, got \(heights.count)")
        }
        let bars = heights.indices.map { index in
            BarsArtist.Bar(x0: edges[index], x1: edges[index + 1], y0: 0, y1: heights[index])
        }
        return addBars(bars, color: color, alpha: alpha, label: label)
    }

    /// Draws bars of `width` centred on `centers`, `heights[i]` tall, from 0
    /// (matplotlib's `bar(x, height, width)`).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    @discardableResult
    public func bar(
        centers: [Double], heights: [Double], width: Double = 0.8, color: Color? = nil, alpha: Double = 1,
        label: String? = nil
    ) throws(PlotError) -> BarsArtist {
        guard centers.count == heights.count else {
            throw .invalidArgument("bar: \(centers.count) centres but \(heights.count) heights")
        }
        let bars = zip(centers, heights).map { center, height in
            BarsArtist.Bar(x0: center - width / 2, x1: center + width / 2, y0: 0, y1: height)
        }
        return addBars(bars, color: color, alpha: alpha, label: label)
    }

    private func addBars(_ bars: [BarsArtist.Bar], color: Color?, alpha: Double, label: String?) -> BarsArtist {
        let fill = (color ?? nextPatchColor()).withAlpha(alpha)
        let artist = BarsArtist(
            bars: bars, fill: fill, edge: patchEdge(), label: label, stickyEdges: StickyEdges(y: [0]))
        add(artist)
        return artist
    }

    /// The edge of a patch in this theme: none under matplotlib's defaults,
    /// a thin white line under seaborn's themes.
    public func patchEdge(width: Double? = nil) -> StrokeStyle? {
        theme.patchEdge(width: width)
    }

    /// Fills the region between two curves over the same x values.
    ///
    /// With `color` given, the outline is drawn in it too (matplotlib's
    /// `fill_between(…, color=…)` sets face and edge); without, the fill
    /// takes the next patch-cycle colour and has no outline.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the lengths differ.
    @discardableResult
    public func fillBetween(
        _ x: [Double], _ y1: [Double], _ y2: [Double]? = nil, color: Color? = nil, alpha: Double = 1,
        label: String? = nil
    ) throws(PlotError) -> PolygonArtist {
        let lower = y2 ?? Array(repeating: 0, count: x.count)
        guard x.count == y1.count, x.count == lower.count else {
            throw .invalidArgument("fillBetween: x, y1 and y2 must have the same length (\(x.count), \(y1.count), \(lower.count))")
        }
        let outline = zip(x, y1).map { Point($0, $1) } + zip(x, lower).reversed().map { Point($0, $1) }
        // An explicit colour is matplotlib's `color=`, which sets the edge too.
        let edge = color.map { StrokeStyle(color: $0.withAlpha(alpha), width: theme.patchLineWidth) }
        let polygon = PolygonArtist(
            vertices: outline, fill: (color ?? nextPatchColor()).withAlpha(alpha), edge: edge, label: label)
        add(polygon)
        return polygon
    }

    /// A vertical line at data `x` across the axes (from `yMin` to `yMax` as
    /// fractions of the axes height); it widens the x limits only.
    @discardableResult
    public func axvline(
        _ x: Double, color: Color? = nil, lineWidth: Double? = nil, dashes: [Double] = [],
        yMin: Double = 0, yMax: Double = 1, label: String? = nil
    ) -> LineArtist {
        let line = LineArtist(
            x: [x, x], y: [yMin, yMax], stroke: lineStroke(color: color, width: lineWidth, dashes: dashes),
            label: label, ySpace: .axesFraction)
        add(line)
        return line
    }

    /// A horizontal line at data `y` across the axes; it widens the y limits only.
    @discardableResult
    public func axhline(
        _ y: Double, color: Color? = nil, lineWidth: Double? = nil, dashes: [Double] = [],
        xMin: Double = 0, xMax: Double = 1, label: String? = nil
    ) -> LineArtist {
        let line = LineArtist(
            x: [xMin, xMax], y: [y, y], stroke: lineStroke(color: color, width: lineWidth, dashes: dashes),
            label: label, xSpace: .axesFraction)
        add(line)
        return line
    }

    /// Writes text at (x, y), in data coordinates unless the spaces say
    /// otherwise (`.axesFraction` for matplotlib's `transform=ax.transAxes`);
    /// "\n" starts a new line.
    @discardableResult
    public func text(
        _ string: String, x: Double, y: Double, size: Double? = nil, color: Color? = nil,
        weight: TextStyle.Weight = .regular, alignment: TextAlignment = TextAlignment(.left, .baseline),
        rotation: Double = 0, xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data
    ) -> TextArtist {
        let artist = TextArtist(
            string, x: x, y: y,
            style: TextStyle(size: size ?? theme.fontSize, color: color ?? theme.textColor, weight: weight),
            alignment: alignment, rotation: rotation, xSpace: xSpace, ySpace: ySpace)
        add(artist)
        return artist
    }
}
