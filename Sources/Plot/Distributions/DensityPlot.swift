import Stats

/// seaborn's `kdeplot` as a plot layer: the kernel density curve of some
/// data, or one per group (seaborn's `hue`) in the palette's colours with a
/// legend.
///
/// ```swift
/// try axes.add(DensityPlot(sample, fill: true))
/// try axes.add(DensityPlot(groups: [a, b], layout: .stack))
/// ```
///
/// ``Axes/kdeplot(_:weights:options:orientation:fill:style:logScale:label:)``
/// and ``Axes/kdeplot(groups:options:orientation:layout:commonNorm:commonGrid:fill:style:logScale:palette:legendTitle:legend:)``
/// add one and document the options.
public struct DensityPlot: PlotLayer {
    public var groups: [DataGroup]
    /// Whether the groups are `hue` levels (palette colours, a legend,
    /// common norm); `false` for the curve of one data set.
    public var isGrouped: Bool
    public var options: KDEOptions
    public var orientation: DistributionOrientation
    public var layout: GroupLayout
    public var commonNorm: Bool
    public var commonGrid: Bool
    /// Fill under the curves; grouped curves fill when stacked if `nil`.
    public var fill: Bool?
    public var style: CurveStyle
    public var logScale: Bool
    /// The group colours; the theme's colour cycle when `nil`.
    public var palette: [Color]?
    /// The legend label of a single curve.
    public var label: String?
    public var legendTitle: String?
    /// Whether grouped curves get a legend.
    public var legend: Bool

    /// The density of one data set (seaborn's `kdeplot(x=data)`), in
    /// `style.color` or the next colour of the line cycle (patch cycle when
    /// filled).
    public init(
        _ data: [Double], weights: [Double]? = nil, options: KDEOptions = KDEOptions(),
        orientation: DistributionOrientation = .vertical, fill: Bool = false, style: CurveStyle = CurveStyle(),
        logScale: Bool = false, label: String? = nil
    ) {
        groups = [DataGroup(name: label ?? "", values: data, weights: weights)]
        isGrouped = false
        self.options = options
        self.orientation = orientation
        layout = .layer
        commonNorm = false
        commonGrid = false
        self.fill = fill
        self.style = style
        self.logScale = logScale
        self.label = label
        legend = false
    }

    /// Densities of several groups (seaborn's `kdeplot(x=…, hue=…)`).
    public init(
        groups: [DataGroup], options: KDEOptions = KDEOptions(), orientation: DistributionOrientation = .vertical,
        layout: GroupLayout = .layer, commonNorm: Bool = true, commonGrid: Bool = false, fill: Bool? = nil,
        style: CurveStyle = CurveStyle(), logScale: Bool = false, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) {
        self.groups = groups
        isGrouped = true
        self.options = options
        self.orientation = orientation
        self.layout = layout
        self.commonNorm = commonNorm
        self.commonGrid = commonGrid
        self.fill = fill
        self.style = style
        self.logScale = logScale
        self.palette = palette
        self.legendTitle = legendTitle
        self.legend = legend
    }

    /// seaborn's `plot_univariate_density`.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a `.dodge` layout;
    ///   `DataError.empty` when no group has a finite value; KDE option
    ///   errors. Groups without spread draw no curve and are reported in
    ///   the summary's warnings.
    public func geometry(in context: inout LayerContext) throws -> LayerGeometry<DensityPlotResult> {
        guard layout != .dodge else {
            throw PlotError.invalidArgument("kdeplot: layout .dodge applies to histograms only; use .layer, .stack or .fill")
        }
        try options.validate()
        let layout = isGrouped ? layout : .layer
        let filled = fill ?? (layout == .stack || layout == .fill)
        let estimate = try estimateCurves(commonGrid: isGrouped && (commonGrid || layout != .layer))
        let colors = isGrouped
            ? DataGroup.colors(count: groups.count, palette: palette ?? context.theme.colorCycle)
            : [style.color ?? (filled ? context.nextPatchColor() : context.nextLineColor())]
        if logScale { context[valuesOf: orientation].scale = .log }

        let curves = estimate.curves
        let theme = context.theme
        let stacked = GroupStacking.stack(curves.map(\.curve.density), layout: layout)
        let filling = layout == .fill
        let heightSticky: [Double] = filling ? [0, 1] : [0, .infinity]
        let valueSticky: [Double] = filling
            ? [curves.first?.curve.support.first, curves.first?.curve.support.last].compactMap { $0 } : []
        let sticky = orientation.sticky(values: valueSticky, heights: heightSticky)
        let artistLabel = isGrouped ? nil : label
        let fillAlpha = style.alpha ?? (layout == .layer ? 0.25 : 0.75)
        var artists: [any Artist] = []
        // Drawn last group first, so that stacks read from top to bottom.
        for index in curves.indices.reversed() {
            let support = curves[index].curve.support
            let (top, base) = (stacked.tops[index], stacked.bases[index])
            let color = colors[estimate.groupIndices[index]]
            if filled {
                let edgeColor = layout == .layer ? color : theme.patchEdgeColor
                let outline = zip(support, top).map { orientation.point(value: $0, height: $1) }
                    + zip(support, base).reversed().map { orientation.point(value: $0, height: $1) }
                artists.append(PolygonArtist(
                    vertices: outline, fill: color.withAlpha(fillAlpha),
                    edge: StrokeStyle(color: edgeColor, width: style.lineWidth ?? theme.patchLineWidth),
                    label: artistLabel, stickyEdges: sticky))
            } else {
                let points = zip(support, top).map { orientation.point(value: $0, height: $1) }
                artists.append(LineArtist(
                    x: points.map(\.x), y: points.map(\.y), stroke: curveStroke(color: color, theme: theme),
                    label: artistLabel, stickyEdges: sticky))
            }
        }

        var hints = orientation.heightLabelHints("Density")
        if isGrouped && legend {
            // seaborn lists every hue level, also one whose curve was skipped.
            let entries = zip(groups, colors).filter { $0.0.values.contains(where: \.isFinite) }.map { group, color in
                LegendEntry(label: group.name, handle: filled
                    ? .patch(
                        fill: color.withAlpha(fillAlpha),
                        edge: StrokeStyle(color: layout == .layer ? color : theme.patchEdgeColor, width: theme.patchLineWidth))
                    : .line(curveStroke(color: color, theme: theme)))
            }
            hints.legend = LegendOptions(title: legendTitle, entries: entries)
        }
        let summary = DensityPlotResult(curves: curves, dropped: estimate.dropped, warnings: estimate.warnings)
        return LayerGeometry(artists: artists, hints: hints, summary: summary)
    }

    /// The curves of the groups with usable data, before any drawing.
    private func estimateCurves(commonGrid: Bool) throws
        -> (curves: [(group: String, curve: KDECurve)], groupIndices: [Int], dropped: Int, warnings: [PlotWarning])
    {
        var dropped = 0
        var warnings: [PlotWarning] = []
        let finiteGroups = try groups.map { raw in
            let (group, removed) = try raw.finite(logScale: logScale)
            dropped += removed
            return group
        }
        guard finiteGroups.contains(where: { !$0.values.isEmpty }) else { throw DataError.empty }
        if dropped > 0 { warnings.append(.droppedNonFinite(count: dropped)) }
        let allValues = finiteGroups.flatMap(\.values)
        let wholeWeight = finiteGroups.map(\.totalWeight).reduce(0, +)

        var curves: [(group: String, curve: KDECurve)] = []
        var groupIndices: [Int] = []
        for (index, group) in finiteGroups.enumerated() {
            guard !group.values.isEmpty else {
                warnings.append(.emptyGroup(group.name))
                continue
            }
            do {
                var curve = try options.curve(
                    for: group.values, weights: group.weights, supportValues: commonGrid ? allValues : nil)
                if isGrouped && commonNorm {
                    let share = group.totalWeight / wholeWeight
                    curve.density = curve.density.map { $0 * share }
                }
                if logScale { curve.support = curve.support.map(AxisScale.log.inverse) }
                curves.append((group.name, curve))
                groupIndices.append(index)
            } catch let error as KDEError where error.isUnusableSpread {
                warnings.append(.densitySkipped(error, group: isGrouped ? group.name : nil))
            }
        }
        return (curves, groupIndices, dropped, warnings)
    }

    /// The stroke of an unfilled curve (and of its legend line).
    private func curveStroke(color: Color, theme: Theme) -> StrokeStyle {
        theme.lineStroke(color: color.withAlpha(style.alpha ?? 1), width: style.lineWidth, dashes: style.dashes)
    }
}
