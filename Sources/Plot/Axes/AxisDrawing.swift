/// Draws the parts of one axis that matplotlib's `XAxis`/`YAxis` draw: grid
/// lines, tick marks, tick labels, the offset text and the axis label.
struct AxisDrawing {
    let orientation: AxisOrientation
    let ticks: TickSet
    let label: String
    let theme: Theme

    /// The ticks of one axis of `transform`, or none when the view is unusable.
    static func ticks(for orientation: AxisOrientation, transform: AxesTransform, theme: Theme, dpi: Double) -> TickSet {
        let limits = orientation == .x ? transform.xLimits : transform.yLimits
        let lengthPixels = orientation == .x ? transform.box.width : transform.box.height
        let ticks = try? AxisTicker().ticks(
            viewMin: limits.lowerBound, viewMax: limits.upperBound,
            axisLengthPoints: lengthPixels * 72 / dpi, fontSizePoints: theme.tickLabelSize,
            orientation: orientation)
        return ticks ?? TickSet(values: [], labels: [], offsetText: "")
    }

    func drawGrid(with renderer: any Renderer, transform: AxesTransform) {
        guard !ticks.values.isEmpty else { return }
        var path = Path()
        let box = transform.box
        for value in ticks.values {
            if orientation == .x {
                let x = transform.deviceX(value)
                path.move(to: Point(x, box.minY))
                path.line(to: Point(x, box.maxY))
            } else {
                let y = transform.deviceY(value)
                path.move(to: Point(box.minX, y))
                path.line(to: Point(box.maxX, y))
            }
        }
        let stroke = StrokeStyle(color: theme.gridColor, width: theme.gridWidth, cap: theme.lineCap, join: theme.lineJoin)
        renderer.drawPath(path, fill: nil, stroke: stroke, clip: box, snap: true)
    }

    /// Draws tick marks and labels; returns the box the labels cover (or the
    /// spine's line when there are none), for placing the axis label.
    @discardableResult
    func drawTicks(with renderer: any Renderer, transform: AxesTransform) -> Rect {
        let box = transform.box
        let length = renderer.pixels(fromPoints: theme.tickLength)
        let labelOffset = renderer.pixels(fromPoints: theme.tickLength + theme.tickPad)
        let style = TextStyle(size: theme.tickLabelSize, color: theme.tickLabelColor)
        var marks = Path()
        var covered = orientation == .x
            ? Rect(x0: box.minX, y0: box.maxY, x1: box.maxX, y1: box.maxY)
            : Rect(x0: box.minX, y0: box.minY, x1: box.minX, y1: box.maxY)
        for (value, text) in zip(ticks.values, ticks.labels) {
            let anchor: Point
            let alignment: TextAlignment
            if orientation == .x {
                let x = transform.deviceX(value)
                marks.move(to: Point(x, box.maxY))
                marks.line(to: Point(x, box.maxY + length))
                anchor = Point(x, box.maxY + labelOffset)
                alignment = TextAlignment(.center, .top)
            } else {
                let y = transform.deviceY(value)
                marks.move(to: Point(box.minX - length, y))
                marks.line(to: Point(box.minX, y))
                anchor = Point(box.minX - labelOffset, y)
                alignment = TextAlignment(.right, .centerBaseline)
            }
            let extent = renderer.measureText(text, style: style)
            let origin = TextPlacement.origin(anchor: anchor, extent: extent, alignment: alignment)
            renderer.drawText(text, at: origin, style: style, rotation: 0)
            covered = covered.union(TextPlacement.bounds(origin: origin, extent: extent))
        }
        if theme.showTickMarks, length > 0 {
            renderer.drawPath(
                marks, fill: nil, stroke: StrokeStyle(color: theme.tickColor, width: theme.tickWidth),
                clip: nil, snap: true)
        }
        drawOffsetText(with: renderer, box: box, labels: covered, style: style)
        return covered
    }

    /// matplotlib's offset text ("1e6", "+1e3"): at the right end below the
    /// x tick labels, or above the top of the y axis.
    private func drawOffsetText(with renderer: any Renderer, box: Rect, labels: Rect, style: TextStyle) {
        guard !ticks.offsetText.isEmpty else { return }
        let pad = renderer.pixels(fromPoints: 3)
        let extent = renderer.measureText(ticks.offsetText, style: style)
        let origin = orientation == .x
            ? TextPlacement.origin(anchor: Point(box.maxX, labels.maxY + pad), extent: extent,
                                   alignment: TextAlignment(.right, .top))
            : TextPlacement.origin(anchor: Point(box.minX, box.minY - pad), extent: extent,
                                   alignment: TextAlignment(.left, .baseline))
        renderer.drawText(ticks.offsetText, at: origin, style: style, rotation: 0)
    }

    /// Draws the axis label beyond the tick labels' box `labels`.
    func drawLabel(with renderer: any Renderer, box: Rect, labels: Rect) {
        guard !label.isEmpty else { return }
        let style = TextStyle(size: theme.axisLabelSize, color: theme.textColor)
        let pad = renderer.pixels(fromPoints: theme.labelPad)
        let extent = renderer.measureText(label, style: style)
        if orientation == .x {
            let origin = TextPlacement.origin(
                anchor: Point(box.midX, labels.maxY + pad), extent: extent, alignment: TextAlignment(.center, .top))
            renderer.drawText(label, at: origin, style: style, rotation: 0)
        } else {
            let origin = TextPlacement.origin(
                anchor: Point(labels.minX - pad, box.midY), extent: extent,
                alignment: TextAlignment(.center, .bottom), rotation: 90)
            renderer.drawText(label, at: origin, style: style, rotation: 90)
        }
    }
}
