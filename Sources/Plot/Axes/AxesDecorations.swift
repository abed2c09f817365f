/// The axes' decorations placed around its box before drawing: both axes
/// (ticks, tick labels, offset texts, labels) and the title, with the box
/// they cover together (matplotlib's `Axes.get_tightbbox` without artists).
struct AxesDecorations {
    let box: Rect
    let xAxis: AxisLayout
    let yAxis: AxisLayout
    let title: AxisLayout.PlacedText?

    init(axes: Axes, transform: AxesTransform, measurer: any TextMeasurer) {
        box = transform.box
        xAxis = AxisLayout(axis: axes.xAxis, transform: transform, measurer: measurer)
        yAxis = AxisLayout(axis: axes.yAxis, transform: transform, measurer: measurer)
        title = Self.placeTitle(axes.title, theme: axes.theme, box: transform.box, xAxis: xAxis, measurer: measurer)
    }

    /// matplotlib's title: centred `axes.titlepad` above the box, or above
    /// the x axis' top side when that has tick labels or the label.
    private static func placeTitle(
        _ title: String, theme: Theme, box: Rect, xAxis: AxisLayout, measurer: any TextMeasurer
    ) -> AxisLayout.PlacedText? {
        guard !title.isEmpty else { return nil }
        let style = TextStyle(size: theme.titleSize, color: theme.textColor)
        let extent = measurer.measureText(title, style: style)
        var anchor = Point(box.midX, box.minY - measurer.pixels(fromPoints: theme.titlePad))
        var origin = TextPlacement.origin(anchor: anchor, extent: extent, alignment: TextAlignment(.center, .baseline))
        var bounds = TextPlacement.bounds(origin: origin, extent: extent)
        let topSideUsed = xAxis.axis.majorStyle.labelSides.contains(.top) || xAxis.axis.labelSide == .top
        if topSideUsed, let top = xAxis.inkBounds?.minY, bounds.maxY > top {
            anchor.y -= bounds.maxY - top
            origin = TextPlacement.origin(anchor: anchor, extent: extent, alignment: TextAlignment(.center, .baseline))
            bounds = TextPlacement.bounds(origin: origin, extent: extent)
        }
        return AxisLayout.PlacedText(text: title, style: style, origin: origin, rotation: 0, bounds: bounds)
    }

    /// Everything the decorations and the box cover.
    var inkBounds: Rect {
        var bounds = box
        for part in [xAxis.inkBounds, yAxis.inkBounds, title?.bounds].compactMap({ $0 }) {
            bounds = bounds.union(part)
        }
        return bounds
    }

    func drawTitle(with renderer: any Renderer) {
        guard let title else { return }
        renderer.drawText(title.text, at: title.origin, style: title.style, rotation: 0)
    }
}
