/// The axes' decorations placed around its box before drawing: both axes
/// (ticks, tick labels, offset texts, labels) and the title, with the box
/// they cover together (matplotlib's `Axes.get_tightbbox` without artists).
struct AxesDecorations {
    let transform: AxesTransform
    var box: Rect { transform.box }
    let xAxis: AxisLayout
    let yAxis: AxisLayout
    let title: PlacedText?

    init(axes: Axes, transform: AxesTransform, measurer: any TextMeasurer) {
        self.transform = transform
        xAxis = AxisLayout(axis: axes.xAxis, transform: transform, measurer: measurer)
        yAxis = AxisLayout(axis: axes.yAxis, transform: transform, measurer: measurer)
        title = Self.placeTitle(axes.title, theme: axes.theme, box: transform.box, xAxis: xAxis, measurer: measurer)
    }

    /// matplotlib's title: centred `axes.titlepad` above the box, or above
    /// the x axis' top side when that has tick labels or the label.
    private static func placeTitle(
        _ title: String, theme: Theme, box: Rect, xAxis: AxisLayout, measurer: any TextMeasurer
    ) -> PlacedText? {
        guard !title.isEmpty else { return nil }
        let style = TextStyle(size: theme.titleSize, color: theme.textColor)
        let anchor = Point(box.midX, box.minY - measurer.pixels(fromPoints: theme.titlePad))
        let placed = PlacedText(
            title, style: style, anchor: anchor, alignment: TextAlignment(.center, .baseline), measurer: measurer)
        let topSideUsed = xAxis.axis.majorStyle.labelSides.contains(.top) || xAxis.axis.labelSide == .top
        if topSideUsed, let top = xAxis.inkBounds?.minY, placed.bounds.maxY > top {
            return placed.moved(dx: 0, dy: top - placed.bounds.maxY)
        }
        return placed
    }

    /// The box a layout engine keeps on the figure (matplotlib's
    /// `get_tightbbox(for_layout_only=True)`): the box, both axes with their
    /// labels counted only across, the title counted only in height, the
    /// legend, and the artists that reach outside the box.
    func layoutBounds(axes: Axes, measurer: any TextMeasurer) -> Rect {
        var parts = [xAxis.layoutBounds, yAxis.layoutBounds]
        if let title = title?.bounds {
            parts.append(Rect(x0: title.midX - 0.5, y0: title.minY, x1: title.midX + 0.5, y1: title.maxY))
        }
        return union(parts + artistBounds(axes: axes, measurer: measurer))
    }

    /// Everything the axes draw (matplotlib's `Axes.get_tightbbox`): the
    /// box, both axes with their labels, the title, the legend, and the
    /// artists that reach outside the box.
    func tightBounds(axes: Axes, measurer: any TextMeasurer) -> Rect {
        union([xAxis.inkBounds, yAxis.inkBounds, title?.bounds] + artistBounds(axes: axes, measurer: measurer))
    }

    private func artistBounds(axes: Axes, measurer: any TextMeasurer) -> [Rect?] {
        axes.artists.map { $0.layoutBounds(transform: transform, measurer: measurer) }
            + [axes.legendPlacement(transform: transform, measurer: measurer)?.placement.frame]
    }

    private func union(_ parts: [Rect?]) -> Rect {
        var bounds = box
        for part in parts.compactMap({ $0 }) where part.minX.isFinite && part.minY.isFinite {
            bounds = bounds.union(part)
        }
        return bounds
    }

    func drawTitle(with renderer: any Renderer) {
        title?.draw(with: renderer)
    }
}
