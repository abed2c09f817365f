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

    /// Everything the decorations and the box cover.
    var inkBounds: Rect {
        var bounds = box
        for part in [xAxis.inkBounds, yAxis.inkBounds, title?.bounds].compactMap({ $0 }) {
            bounds = bounds.union(part)
        }
        return bounds
    }

    /// The box a layout engine keeps on the figure (matplotlib's
    /// `get_tightbbox(for_layout_only=True)`): the box, both axes with their
    /// labels counted only across, the title counted only in height, the
    /// legend, and the artists that reach outside the box.
    func layoutBounds(axes: Axes, measurer: any TextMeasurer) -> Rect {
        let artists = axes.artists
        var bounds = box
        var parts = [xAxis.layoutBounds, yAxis.layoutBounds]
        if let title = title?.bounds {
            parts.append(Rect(x0: title.midX - 0.5, y0: title.minY, x1: title.midX + 0.5, y1: title.maxY))
        }
        parts += artists.map { $0.layoutBounds(transform: transform, measurer: measurer) }
        parts.append(axes.legendPlacement(transform: transform, measurer: measurer)?.placement.frame)
        for part in parts.compactMap({ $0 }) where part.minX.isFinite && part.minY.isFinite {
            bounds = bounds.union(part)
        }
        return bounds
    }

    func drawTitle(with renderer: any Renderer) {
        title?.draw(with: renderer)
    }
}
