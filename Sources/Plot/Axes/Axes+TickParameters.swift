/// matplotlib's `tick_params`: how the ticks of one or both axes look and on
/// which sides they are drawn. Arguments left `nil` keep their setting.
extension Axes {
    /// Changes the ticks of `axis` (`.x`, `.y` or `.both`) for `which`
    /// (major, minor or both).
    ///
    /// ```swift
    /// // ax.tick_params(direction="in", top=True, right=True)
    /// axes.tickParams(direction: .in, top: true, right: true)
    /// ```
    ///
    /// - Parameters:
    ///   - axis: the axis whose ticks change: `.x`, `.y` or `.both`.
    ///   - which: the ticks that change: `.major`, `.minor` or `.both`.
    ///   - direction: whether the marks point out of the axes box, into it,
    ///     or across the spine (matplotlib's `"out"`, `"in"`, `"inout"`).
    ///   - length: the mark length in points.
    ///   - width: the mark line width in points.
    ///   - color: the mark colour.
    ///   - pad: the gap in points between the mark and its label.
    ///   - labelSize: the label font size in points.
    ///   - labelColor: the label colour.
    ///   - labelRotation: the label rotation in degrees, counter-clockwise.
    ///   - bottom: whether tick marks are drawn on the bottom side (x axis).
    ///   - top: whether tick marks are drawn on the top side (x axis).
    ///   - left: whether tick marks are drawn on the left side (y axis).
    ///   - right: whether tick marks are drawn on the right side (y axis).
    ///   - labelBottom: whether tick labels are drawn on the bottom side.
    ///   - labelTop: whether tick labels are drawn on the top side.
    ///   - labelLeft: whether tick labels are drawn on the left side.
    ///   - labelRight: whether tick labels are drawn on the right side.
    public func tickParams(
        axis: AxisSelection = .both, which: TickSelection = .major, direction: TickDirection? = nil,
        length: Double? = nil, width: Double? = nil, color: Color? = nil, pad: Double? = nil,
        labelSize: Double? = nil, labelColor: Color? = nil, labelRotation: Double? = nil,
        bottom: Bool? = nil, top: Bool? = nil, left: Bool? = nil, right: Bool? = nil,
        labelBottom: Bool? = nil, labelTop: Bool? = nil, labelLeft: Bool? = nil, labelRight: Bool? = nil
    ) {
        let marks: [AxesSide: Bool?] = [.bottom: bottom, .top: top, .left: left, .right: right]
        let labels: [AxesSide: Bool?] = [.bottom: labelBottom, .top: labelTop, .left: labelLeft, .right: labelRight]
        func update(_ style: inout TickStyle) {
            if let direction { style.direction = direction }
            if let length { style.length = length }
            if let width { style.width = width }
            if let color { style.color = color }
            if let pad { style.pad = pad }
            if let labelSize { style.labelSize = labelSize }
            if let labelColor { style.labelColor = labelColor }
            if let labelRotation { style.labelRotation = labelRotation }
            for (side, shown) in marks {
                guard let shown else { continue }
                if shown { style.markSides.insert(side) } else { style.markSides.remove(side) }
            }
            for (side, shown) in labels {
                guard let shown else { continue }
                if shown { style.labelSides.insert(side) } else { style.labelSides.remove(side) }
            }
        }
        // Sides belong to one axis: bottom/top to x, left/right to y.
        func keepOwnSides(_ axis: inout Axis) {
            let own = Set(axis.sides)
            axis.updateTickStyles(which) { style in
                update(&style)
                style.markSides.formIntersection(own)
                style.labelSides.formIntersection(own)
            }
        }
        if axis.includesX { keepOwnSides(&xAxis) }
        if axis.includesY { keepOwnSides(&yAxis) }
    }
}
