/// Draws the parts of one axis that matplotlib's `XAxis`/`YAxis` draw: grid
/// lines, major and minor tick marks, tick labels, the offset text and the
/// axis label.
struct AxisDrawing {
    let orientation: AxisOrientation
    let ticks: AxisTicks
    let label: String
    let theme: Theme

    /// The ticks of one axis of `transform` (none when the view is unusable).
    static func ticks(for orientation: AxisOrientation, transform: AxesTransform, theme: Theme, dpi: Double) -> AxisTicks {
        let isX = orientation == .x
        return AxisTicks.compute(
            scale: isX ? transform.xScale : transform.yScale,
            limits: isX ? transform.xLimits : transform.yLimits,
            axisLengthPoints: (isX ? transform.box.width : transform.box.height) * 72 / dpi,
            fontSize: theme.tickLabelSize, orientation: orientation)
    }

    func drawGrid(with renderer: any Renderer, transform: AxesTransform) {
        guard !ticks.major.isEmpty else { return }
        var path = Path()
        let box = transform.box
        for mark in ticks.major {
            if orientation == .x {
                let x = transform.deviceX(mark.value)
                path.move(to: Point(x, box.minY))
                path.line(to: Point(x, box.maxY))
            } else {
                let y = transform.deviceY(mark.value)
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
        var covered = orientation == .x
            ? Rect(x0: box.minX, y0: box.maxY, x1: box.maxX, y1: box.maxY)
            : Rect(x0: box.minX, y0: box.minY, x1: box.minX, y1: box.maxY)
        let style = TextStyle(size: theme.tickLabelSize, color: theme.tickLabelColor)
        for (marks, length, width, pad) in [
            (ticks.minor, theme.minorTickLength, theme.minorTickWidth, theme.minorTickPad),
            (ticks.major, theme.tickLength, theme.tickWidth, theme.tickPad),
        ] {
            covered = covered.union(
                drawMarks(marks, length: length, width: width, pad: pad, style: style, with: renderer, transform: transform))
        }
        drawOffsetText(with: renderer, box: box, labels: covered, style: style)
        return covered
    }

    /// One set of tick marks (major or minor) with their labels; returns the
    /// labels' box.
    private func drawMarks(
        _ marks: [AxisTicks.Mark], length lengthPoints: Double, width: Double, pad: Double, style: TextStyle,
        with renderer: any Renderer, transform: AxesTransform
    ) -> Rect {
        let box = transform.box
        let length = renderer.pixels(fromPoints: lengthPoints)
        let labelOffset = renderer.pixels(fromPoints: lengthPoints + pad)
        var path = Path()
        var covered = Rect(x0: box.minX, y0: box.maxY, x1: box.minX, y1: box.maxY)
        for mark in marks {
            let anchor: Point
            let alignment: TextAlignment
            if orientation == .x {
                let x = transform.deviceX(mark.value)
                path.move(to: Point(x, box.maxY))
                path.line(to: Point(x, box.maxY + length))
                anchor = Point(x, box.maxY + labelOffset)
                alignment = TextAlignment(.center, .top)
            } else {
                let y = transform.deviceY(mark.value)
                path.move(to: Point(box.minX - length, y))
                path.line(to: Point(box.minX, y))
                anchor = Point(box.minX - labelOffset, y)
                alignment = TextAlignment(.right, .centerBaseline)
            }
            guard let label = mark.label else { continue }
            let text = TickLabelText(label: label, style: style)
            let extent = text.extent(with: renderer)
            let origin = TextPlacement.origin(anchor: anchor, extent: extent, alignment: alignment)
            text.draw(with: renderer, at: origin)
            covered = covered.union(TextPlacement.bounds(origin: origin, extent: extent))
        }
        if theme.showTickMarks, length > 0, !path.isEmpty {
            renderer.drawPath(
                path, fill: nil, stroke: StrokeStyle(color: theme.tickColor, width: width), clip: nil, snap: true)
        }
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
