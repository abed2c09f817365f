/// One axis placed on its axes box before anything is drawn: grid lines,
/// tick marks on each side, tick labels, the offset text and the axis label,
/// each at its device position with its measured box (what matplotlib's
/// `Axis.draw` and `Axis.get_tightbbox` compute).
struct AxisLayout {
    /// A tick label at its place.
    struct PlacedTickLabel {
        let text: TickLabelText
        let origin: Point
        let rotation: Double
        let bounds: Rect
    }

    let axis: Axis
    let ticks: AxisTicks
    private(set) var gridLines: [(path: Path, stroke: StrokeStyle)] = []
    private(set) var marks: [(path: Path, stroke: StrokeStyle)] = []
    private(set) var tickLabels: [PlacedTickLabel] = []
    private(set) var offsetText: PlacedText?
    private(set) var label: PlacedText?
    /// Per side, what the spine, its tick marks and its tick labels cover
    /// (matplotlib's spine extent with ticks, united with the tick labels).
    private(set) var sideExtents: [AxesSide: Rect] = [:]

    /// Places `axis` on the box of `transform` (without ticks when its view
    /// cannot be ticked).
    init(axis: Axis, transform: AxesTransform, measurer: any TextMeasurer) {
        self.axis = axis
        let box = transform.box
        ticks = AxisTicks.resolve(for: axis, transform: transform, dpi: measurer.dpi)
        guard axis.isVisible else { return }
        for side in axis.sides {
            sideExtents[side] = Self.spineLine(side, box: box)
        }
        placeGrid(transform: transform)
        for (marksOfKind, style) in [(self.ticks.minor, axis.minorStyle), (self.ticks.major, axis.majorStyle)] {
            place(marksOfKind, style: style, transform: transform, measurer: measurer)
        }
        placeOffsetText(box: box, measurer: measurer)
        placeLabel(box: box, measurer: measurer)
    }

    /// The box of everything drawn outside the axes box: tick labels, the
    /// offset text, the label and outward tick marks; `nil` when none.
    var inkBounds: Rect? {
        inkBounds(labelBounds: label?.bounds)
    }

    /// The tight box for a layout engine: as ``inkBounds``, but the label
    /// only counts across the axis (an x label 1 px wide, a y label 1 px
    /// tall), as matplotlib's `get_tightbbox(for_layout_only=True)`.
    var layoutBounds: Rect? {
        inkBounds(labelBounds: label.map { text in
            let box = text.bounds
            return axis.orientation == .x
                ? Rect(x0: box.midX - 0.5, y0: box.minY, x1: box.midX + 0.5, y1: box.maxY)
                : Rect(x0: box.minX, y0: box.midY - 0.5, x1: box.maxX, y1: box.midY + 0.5)
        })
    }

    private func inkBounds(labelBounds: Rect?) -> Rect? {
        let parts = sideExtents.values.map { $0 } + [offsetText?.bounds, labelBounds].compactMap { $0 }
        guard var bounds = parts.first else { return nil }
        for part in parts.dropFirst() { bounds = bounds.union(part) }
        return bounds
    }

    /// Draws the grid lines.
    func drawGrid(with renderer: any Renderer, clip: Rect) {
        for line in gridLines {
            renderer.drawPath(line.path, fill: nil, stroke: line.stroke, clip: clip, snap: true)
        }
    }

    /// Draws the tick marks, tick labels, offset text and label.
    func drawTicksAndLabels(with renderer: any Renderer) {
        for mark in marks {
            renderer.drawPath(mark.path, fill: nil, stroke: mark.stroke, clip: nil, snap: true)
        }
        for label in tickLabels {
            label.text.draw(with: renderer, at: label.origin, rotation: label.rotation)
        }
        for text in [offsetText, label].compactMap({ $0 }) {
            text.draw(with: renderer)
        }
    }

    // MARK: Placement

    private static func spineLine(_ side: AxesSide, box: Rect) -> Rect {
        switch side {
        case .bottom: return Rect(x0: box.minX, y0: box.maxY, x1: box.maxX, y1: box.maxY)
        case .top: return Rect(x0: box.minX, y0: box.minY, x1: box.maxX, y1: box.minY)
        case .left: return Rect(x0: box.minX, y0: box.minY, x1: box.minX, y1: box.maxY)
        case .right: return Rect(x0: box.maxX, y0: box.minY, x1: box.maxX, y1: box.maxY)
        }
    }

    private mutating func placeGrid(transform: AxesTransform) {
        guard let grid = axis.grid else { return }
        let box = transform.box
        var selected: [AxisTicks.Mark] = []
        if grid.which.includesMinor { selected += ticks.minor }
        if grid.which.includesMajor { selected += ticks.major }
        guard !selected.isEmpty else { return }
        var path = Path()
        for mark in selected {
            if axis.orientation == .x {
                let x = transform.deviceX(mark.value)
                path.move(to: Point(x, box.minY))
                path.line(to: Point(x, box.maxY))
            } else {
                let y = transform.deviceY(mark.value)
                path.move(to: Point(box.minX, y))
                path.line(to: Point(box.maxX, y))
            }
        }
        gridLines.append((path, grid.stroke))
    }

    /// One kind of ticks (major or minor) on every side that shows them.
    private mutating func place(
        _ kind: [AxisTicks.Mark], style: TickStyle, transform: AxesTransform, measurer: any TextMeasurer
    ) {
        guard !kind.isEmpty else { return }
        let box = transform.box
        let length = measurer.pixels(fromPoints: style.length)
        let outside = length * style.direction.outsideFraction
        let labelOffset = outside + measurer.pixels(fromPoints: style.pad)
        let labelStyle = TextStyle(size: style.labelSize, color: style.labelColor)
        for side in axis.sides {
            let showsMarks = style.markSides.contains(side) && length > 0
            let showsLabels = style.labelSides.contains(side)
            guard showsMarks || showsLabels else { continue }
            // +1 points away from the box on this side, in device units.
            let away: Double = side.pointsTowardsOrigin ? -1 : 1
            let edge: Double
            switch side {
            case .bottom: edge = box.maxY
            case .top: edge = box.minY
            case .left: edge = box.minX
            case .right: edge = box.maxX
            }
            var path = Path()
            var covered = sideExtents[side] ?? Self.spineLine(side, box: box)
            for mark in kind {
                let along = axis.orientation == .x ? transform.deviceX(mark.value) : transform.deviceY(mark.value)
                func point(_ across: Double) -> Point {
                    axis.orientation == .x ? Point(along, across) : Point(across, along)
                }
                if showsMarks {
                    path.move(to: point(edge + away * outside))
                    path.line(to: point(edge + away * (outside - length)))
                }
                guard showsLabels, let label = mark.label else { continue }
                let text = TickLabelText(label: label, style: labelStyle)
                let extent = text.extent(with: measurer)
                let (origin, bounds) = TextPlacement.alignedRotatedBox(
                    anchor: point(edge + away * labelOffset), extent: extent, alignment: Self.tickLabelAlignment(side),
                    rotation: style.labelRotation)
                tickLabels.append(PlacedTickLabel(text: text, origin: origin, rotation: style.labelRotation, bounds: bounds))
                covered = covered.union(bounds)
            }
            if showsMarks {
                marks.append((path, StrokeStyle(color: style.color, width: style.width)))
                covered = covered.union(Self.spineLine(side, box: box).offset(across: axis.orientation, by: away * outside))
            }
            sideExtents[side] = covered
        }
    }

    private static func tickLabelAlignment(_ side: AxesSide) -> TextAlignment {
        switch side {
        case .bottom: return TextAlignment(.center, .top)
        case .top: return TextAlignment(.center, .baseline)
        case .left: return TextAlignment(.right, .centerBaseline)
        case .right: return TextAlignment(.left, .centerBaseline)
        }
    }

    /// matplotlib's offset text ("1e6", "+1e3"): at the right end beyond
    /// the x tick labels, or above the y axis on its tick-label side.
    private mutating func placeOffsetText(box: Rect, measurer: any TextMeasurer) {
        // Hidden with the tick labels, as matplotlib's label_outer hides it.
        guard !axis.majorStyle.labelSides.isEmpty,
            axis.orientation == .y || axis.majorStyle.labelSides.contains(.bottom)
        else { return }
        let style = TextStyle(size: axis.majorStyle.labelSize, color: axis.majorStyle.labelColor)
        let pad = measurer.pixels(fromPoints: 3)
        let anchor: Point, alignment: TextAlignment
        if axis.orientation == .x {
            let below = tickLabels.isEmpty ? box.maxY : (sideExtents[.bottom]?.maxY ?? box.maxY)
            (anchor, alignment) = (Point(box.maxX, below + pad), TextAlignment(.right, .top))
        } else {
            let onRight = axis.majorStyle.labelSides == [.right]
            (anchor, alignment) = (
                Point(onRight ? box.maxX : box.minX, box.minY - pad), TextAlignment(onRight ? .right : .left, .baseline)
            )
        }
        guard !ticks.offsetText.isEmpty else { return }
        offsetText = PlacedText(ticks.offsetText, style: style, anchor: anchor, alignment: alignment, measurer: measurer)
    }

    /// The axis label beyond what its side's ticks cover.
    private mutating func placeLabel(box: Rect, measurer: any TextMeasurer) {
        let side = axis.labelSide
        let covered = sideExtents[side] ?? Self.spineLine(side, box: box)
        let pad = measurer.pixels(fromPoints: axis.labelPad)
        let anchor: Point, alignment: TextAlignment, rotation: Double
        switch side {
        case .bottom: (anchor, alignment, rotation) = (Point(box.midX, covered.maxY + pad), TextAlignment(.center, .top), 0)
        case .top: (anchor, alignment, rotation) = (Point(box.midX, covered.minY - pad), TextAlignment(.center, .bottom), 0)
        case .left:
            (anchor, alignment, rotation) = (Point(covered.minX - pad, box.midY), TextAlignment(.center, .bottom), 90)
        case .right:
            (anchor, alignment, rotation) = (Point(covered.maxX + pad, box.midY), TextAlignment(.center, .top), 90)
        }
        guard !axis.label.isEmpty else { return }
        label = PlacedText(
            axis.label, style: axis.labelStyle, anchor: anchor, alignment: alignment, rotation: rotation, measurer: measurer)
    }
}

extension Rect {
    /// The rectangle moved across an axis of `orientation` (down for x, right
    /// for y) by `distance` device units.
    fileprivate func offset(across orientation: AxisOrientation, by distance: Double) -> Rect {
        orientation == .x
            ? Rect(x0: minX, y0: minY + distance, x1: maxX, y1: maxY + distance)
            : Rect(x0: minX + distance, y0: minY, x1: maxX + distance, y1: maxY)
    }
}
