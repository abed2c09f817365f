/// Turning the axes into renderer calls, in matplotlib's order: background,
/// then artists, axis and spines by z-order, then title and legend.
extension Axes {
    /// The z-order of the axis (ticks, labels, grid): matplotlib's
    /// `axes.axisbelow = "line"` puts it between patches and lines.
    static let axisZOrder = 1.5
    /// The z-order of the spines.
    static let spineZOrder = 2.5

    /// The transform of the axes on a canvas of the given size in device pixels.
    public func transform(canvasWidth: Double, canvasHeight: Double) -> AxesTransform {
        let views = resolvedViews()
        return AxesTransform(
            box: box(canvasWidth: canvasWidth, canvasHeight: canvasHeight), xView: views.x, yView: views.y,
            xScale: xAxis.scale, yScale: yAxis.scale)
    }

    /// Draws the axes on a canvas of the given size in device pixels.
    public func draw(with renderer: any Renderer, canvasWidth: Double, canvasHeight: Double) {
        let transform = transform(canvasWidth: canvasWidth, canvasHeight: canvasHeight)
        let box = transform.box
        let context = DrawContext(renderer: renderer, transform: transform, theme: theme)
        if drawsBackground {
            renderer.drawPath(Path(rect: box), fill: theme.axesFaceColor, stroke: nil, clip: nil, snap: true)
        }
        let decorations = AxesDecorations(axes: self, transform: transform, measurer: renderer)

        var layers: [(zOrder: Double, draw: () -> Void)] = []
        layers.append((theme.showGrid ? 0.5 : Self.axisZOrder, {
            decorations.xAxis.drawGrid(with: renderer, clip: box)
            decorations.yAxis.drawGrid(with: renderer, clip: box)
        }))
        for artist in artists {
            layers.append((artist.zOrder, { artist.draw(in: context) }))
        }
        layers.append((Self.axisZOrder, {
            decorations.xAxis.drawTicksAndLabels(with: renderer)
            decorations.yAxis.drawTicksAndLabels(with: renderer)
        }))
        layers.append((Self.spineZOrder, { self.drawSpines(with: renderer, box: box) }))
        // A stable sort keeps insertion order among equal z-orders.
        for layer in layers.enumerated().sorted(by: { ($0.element.zOrder, $0.offset) < ($1.element.zOrder, $1.offset) }) {
            layer.element.draw()
        }
        decorations.drawTitle(with: renderer)
        drawLegend(in: context)
    }

    private func drawSpines(with renderer: any Renderer, box: Rect) {
        let stroke = StrokeStyle(color: theme.spineColor, width: theme.spineWidth, cap: .projecting, join: .miter)
        for spine in AxesSide.allCases where visibleSpines.contains(spine) {
            var path = Path()
            switch spine {
            case .left:
                path.move(to: Point(box.minX, box.maxY))
                path.line(to: Point(box.minX, box.minY))
            case .right:
                path.move(to: Point(box.maxX, box.maxY))
                path.line(to: Point(box.maxX, box.minY))
            case .bottom:
                path.move(to: Point(box.minX, box.maxY))
                path.line(to: Point(box.maxX, box.maxY))
            case .top:
                path.move(to: Point(box.minX, box.minY))
                path.line(to: Point(box.maxX, box.minY))
            }
            renderer.drawPath(path, fill: nil, stroke: stroke, clip: nil, snap: true)
        }
    }

    private func drawLegend(in context: DrawContext) {
        guard let (legend, placement) = legendPlacement(transform: context.transform, measurer: context.renderer) else {
            return
        }
        legend.draw(placement, with: context.renderer)
    }

    /// The legend entries of the labelled artists, as matplotlib orders
    /// them: plain artists first, then containers such as bars and error bars.
    var labelledEntries: [LegendEntry] {
        artists.filter { !$0.isLegendContainer }.compactMap(\.legendEntry)
            + artists.filter(\.isLegendContainer).compactMap(\.legendEntry)
    }

    /// The legend and where it goes, measured with `measurer`; `nil` when
    /// there is none or it has no entries.
    func legendPlacement(transform: AxesTransform, measurer: any TextMeasurer)
        -> (legend: LegendBox, placement: LegendBox.Placement)?
    {
        guard let options = legend else { return nil }
        let entries = options.entries ?? labelledEntries
        var obstacles = LegendObstacles()
        if options.location == .best {
            for artist in artists {
                let own = artist.legendObstacles(transform: transform, measurer: measurer)
                obstacles.polylines += own.polylines
                obstacles.boxes += own.boxes
            }
        }
        let box = LegendBox(
            entries: entries, title: options.title, style: theme.legend, textColor: theme.textColor,
            faceColor: theme.legend.faceColor ?? theme.axesFaceColor, columns: options.columns,
            showsFrame: options.showsFrame, expands: options.expands)
        let placement = box.placement(
            measurer: measurer, box: transform.box, anchor: options.anchor?.rect(in: transform.box),
            location: options.location, obstacles: obstacles)
        return placement.map { (box, $0) }
    }
}
