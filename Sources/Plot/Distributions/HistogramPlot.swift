import Stats

/// seaborn's `histplot` as a plot layer: one histogram of some data, or one
/// per group (seaborn's `hue`) in the palette's colours with a legend.
///
/// ```swift
/// try axes.add(HistogramPlot(sample, options: HistogramOptions(stat: .density), kde: true))
/// try axes.add(HistogramPlot(groups: [a, b], layout: .stack))
/// ```
///
/// ``Axes/histplot(_:weights:options:orientation:element:fill:shrink:kde:kdeOptions:kdeStyle:logScale:color:alpha:label:)``
/// and ``Axes/histplot(groups:options:orientation:layout:commonBins:commonNorm:element:fill:shrink:kde:kdeOptions:kdeStyle:logScale:alpha:palette:legendTitle:legend:)``
/// add one and document the options.
public struct HistogramPlot: PlotLayer {
    public var groups: [DataGroup]
    /// Whether the groups are `hue` levels (palette colours, a legend,
    /// common bins and norm); `false` for the histogram of one data set.
    public var isGrouped: Bool
    public var options: HistogramOptions
    public var orientation: DistributionOrientation
    public var layout: GroupLayout
    public var commonBins: Bool
    public var commonNorm: Bool
    public var element: HistogramElement
    public var fill: Bool
    public var shrink: Double
    public var kde: Bool
    public var kdeOptions: KDEOptions
    public var kdeStyle: CurveStyle
    public var logScale: Bool
    /// The fill of a single histogram; the next patch-cycle colour when `nil`.
    public var color: Color?
    public var alpha: Double?
    /// The group colours; the theme's colour cycle when `nil`.
    public var palette: [Color]?
    /// The legend label of a single histogram.
    public var label: String?
    public var legendTitle: String?
    /// Whether grouped histograms get a legend.
    public var legend: Bool

    /// The histogram of one data set (seaborn's `histplot(x=data)`).
    public init(
        _ data: [Double], weights: [Double]? = nil, options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, element: HistogramElement = .bars, fill: Bool = true,
        shrink: Double = 1, kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay,
        kdeStyle: CurveStyle = CurveStyle(), logScale: Bool = false, color: Color? = nil, alpha: Double? = nil,
        label: String? = nil
    ) {
        self.init(
            groups: [DataGroup(name: label ?? "", values: data, weights: weights)], isGrouped: false,
            options: options, orientation: orientation, layout: .layer, commonBins: false, commonNorm: false,
            element: element, fill: fill, shrink: shrink, kde: kde, kdeOptions: kdeOptions, kdeStyle: kdeStyle,
            logScale: logScale, color: color, alpha: alpha, palette: nil, label: label, legendTitle: nil,
            legend: false)
    }

    /// Histograms of several groups (seaborn's `histplot(x=…, hue=…)`).
    public init(
        groups: [DataGroup], options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, layout: GroupLayout = .layer, commonBins: Bool = true,
        commonNorm: Bool = true, element: HistogramElement = .bars, fill: Bool = true, shrink: Double = 1,
        kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay, kdeStyle: CurveStyle = CurveStyle(),
        logScale: Bool = false, alpha: Double? = nil, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) {
        self.init(
            groups: groups, isGrouped: true, options: options, orientation: orientation, layout: layout,
            commonBins: commonBins, commonNorm: commonNorm, element: element, fill: fill, shrink: shrink, kde: kde,
            kdeOptions: kdeOptions, kdeStyle: kdeStyle, logScale: logScale, color: nil, alpha: alpha,
            palette: palette, label: nil, legendTitle: legendTitle, legend: legend)
    }

    private init(
        groups: [DataGroup], isGrouped: Bool, options: HistogramOptions, orientation: DistributionOrientation,
        layout: GroupLayout, commonBins: Bool, commonNorm: Bool, element: HistogramElement, fill: Bool,
        shrink: Double, kde: Bool, kdeOptions: KDEOptions, kdeStyle: CurveStyle, logScale: Bool, color: Color?,
        alpha: Double?, palette: [Color]?, label: String?, legendTitle: String?, legend: Bool
    ) {
        self.groups = groups
        self.isGrouped = isGrouped
        self.options = options
        self.orientation = orientation
        self.layout = layout
        self.commonBins = commonBins
        self.commonNorm = commonNorm
        self.element = element
        self.fill = fill
        self.shrink = shrink
        self.kde = kde
        self.kdeOptions = kdeOptions
        self.kdeStyle = kdeStyle
        self.logScale = logScale
        self.color = color
        self.alpha = alpha
        self.palette = palette
        self.label = label
        self.legendTitle = legendTitle
        self.legend = legend
    }

    /// seaborn's `plot_univariate_histogram`.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a shrink outside
    ///   (0, 1] or stacking without common bins; `DataError.empty` when no
    ///   group has a finite value; histogram and KDE option errors.
    public func geometry(in context: inout LayerContext) throws -> LayerGeometry<HistogramPlotResult> {
        guard shrink > 0, shrink <= 1 else {
            throw PlotError.invalidArgument("histplot: shrink must be in (0, 1], got \(shrink)")
        }
        if isGrouped, layout == .stack || layout == .fill, !commonBins {
            throw PlotError.invalidArgument("histplot: stacking or filling groups needs common bins")
        }
        if kde { try kdeOptions.validate() }
        let layout = isGrouped ? layout : .layer
        let colors = isGrouped
            ? DataGroup.colors(count: groups.count, palette: palette ?? context.theme.colorCycle)
            : [color ?? context.nextPatchColor()]
        let estimate = try estimateHistograms()
        if logScale { context[valuesOf: orientation].scale = .log }

        let faceAlpha = alpha ?? Self.defaultAlpha(grouped: isGrouped, layout: layout, element: element, fill: fill, kde: kde)
        let valueScale: AxisScale = logScale ? .log : .linear
        // Bins are laid out (shrunk, dodged) in the scale's space, then mapped
        // back to data values, as seaborn does with the axis transform.
        let geometry = HistogramGeometry(layers: estimate.layers, layout: layout, shrink: shrink)
            .mapValues(valueScale.inverse)
        var layers = estimate.layers
        if logScale {
            for index in layers.indices { layers[index].edges = layers[index].edges.map(valueScale.inverse) }
        }
        let layerColors = estimate.groupIndices.map { colors[$0] }
        let artists = drawnArtists(
            layers: layers, colors: layerColors, geometry: geometry, faceAlpha: faceAlpha, context: &context)

        var hints = orientation.heightLabelHints(options.stat.rawValue.capitalized)
        if isGrouped && legend {
            let entries = estimate.groupIndices.map { index in
                LegendEntry(label: groups[index].name, handle: legendHandle(
                    color: colors[index], alpha: faceAlpha, theme: context.theme))
            }
            hints.legend = LegendOptions(title: legendTitle, entries: entries)
        }
        let summary = HistogramPlotResult(layers: layers, dropped: estimate.dropped, warnings: estimate.warnings)
        return LayerGeometry(artists: artists, hints: hints, summary: summary)
    }

    /// The bins, heights and curves of the groups with data, before any
    /// drawing: nothing reaches the axes when the data are unusable.
    private func estimateHistograms() throws
        -> (layers: [HistogramPlotResult.Layer], groupIndices: [Int], dropped: Int, warnings: [PlotWarning])
    {
        var warnings: [PlotWarning] = []
        var dropped = 0
        let finiteGroups = try groups.map { raw -> DataGroup in
            let (group, removed) = try raw.finite(logScale: logScale)
            dropped += removed
            return group
        }
        if dropped > 0 { warnings.append(.droppedNonFinite(count: dropped)) }
        let present = finiteGroups.filter { !$0.values.isEmpty }
        guard !present.isEmpty else { throw DataError.empty }
        for group in finiteGroups where group.values.isEmpty && isGrouped { warnings.append(.emptyGroup(group.name)) }

        var options = options
        let weighted = finiteGroups.contains { $0.weights != nil }
        if weighted, case .rule = options.bins, options.binWidth == nil, !options.discrete {
            options.bins = .count(10)  // seaborn: "`bins` cannot be 'auto' when using weights"
        }
        let commonNorm = commonNorm && options.stat != .count && isGrouped
        let allValues = present.flatMap(\.values)
        let allWeights: [Double]? = weighted
            ? present.flatMap { $0.weights ?? Array(repeating: 1, count: $0.values.count) } : nil
        let shared = isGrouped && commonBins ? try options.resolvedBins(for: allValues, weights: allWeights) : nil
        let wholeWeight = present.map(\.totalWeight).reduce(0, +)
        let valueScale: AxisScale = logScale ? .log : .linear

        var layers: [HistogramPlotResult.Layer] = []
        var groupIndices: [Int] = []
        for (index, group) in finiteGroups.enumerated() where !group.values.isEmpty {
            let bins = try shared ?? options.resolvedBins(for: group.values, weights: group.weights)
            let histogram = try Histogram(data: group.values, bins: bins.bins, range: bins.range, weights: group.weights)
            var heights = try histogram.heights(stat: options.stat, cumulative: options.cumulative)
            let share = commonNorm ? group.totalWeight / wholeWeight : 1
            var curve: KDECurve?
            if kde {
                var estimate = kdeOptions
                estimate.cumulative = options.cumulative
                do {
                    var fitted = try estimate.curve(
                        for: group.values, weights: group.weights,
                        supportValues: isGrouped && commonBins ? allValues : nil)
                    let scale = options.cumulative
                        ? (heights.max() ?? 1)
                        : zip(heights, histogram.binWidths).map(*).reduce(0, +)
                    fitted.density = fitted.density.map { $0 * scale * share }
                    fitted.support = fitted.support.map(valueScale.inverse)
                    curve = fitted
                } catch let error as KDEError where error.isUnusableSpread {
                    // seaborn skips the curve silently here (warn_singular=False); we say why.
                    warnings.append(.densitySkipped(error, group: isGrouped ? group.name : nil))
                }
            }
            if commonNorm { heights = heights.map { $0 * share } }
            layers.append(.init(group: group.name, edges: histogram.edges, heights: heights, kde: curve))
            groupIndices.append(index)
        }
        return (layers, groupIndices, dropped, warnings)
    }

    /// The bars (or outlines) and curves, last group first so that stacks
    /// read from top to bottom.
    private func drawnArtists(
        layers: [HistogramPlotResult.Layer], colors: [Color], geometry: HistogramGeometry, faceAlpha: Double,
        context: inout LayerContext
    ) -> [any Artist] {
        let theme = context.theme
        let filling = isGrouped && layout == .fill
        let statSticky: [Double] = filling ? [0, 1] : [0, .infinity]
        let valueSticky: [Double] = filling ? geometry.valueSpan.map { [$0.lowerBound, $0.upperBound] } ?? [] : []
        let sticky = orientation.sticky(values: valueSticky, heights: statSticky)
        let kdeTops = GroupStacking.stack(
            layers.map { $0.kde?.density ?? [] }, layout: layout == .dodge ? .layer : layout).tops
        let thinning = element == .bars ? edgeThinning(geometry: geometry, theme: theme) : nil
        let artistLabel = isGrouped ? nil : label

        var artists: [any Artist] = []
        for index in layers.indices.reversed() {
            let color = colors[index]
            let bins = geometry.bins[index]
            let edge = edgeStroke(color: color, theme: theme)
            switch element {
            case .bars:
                let bars = bins.map { orientation.bar(lower: $0.lower, upper: $0.upper, base: $0.base, top: $0.top) }
                artists.append(BarsArtist(
                    bars: bars, fill: fill ? color.withAlpha(faceAlpha) : nil,
                    edge: fill ? edge : StrokeStyle(color: color.withAlpha(faceAlpha), width: edge.width),
                    edgeThinning: thinning, label: artistLabel, stickyEdges: sticky))
            case .step, .poly:
                let outline = element == .step ? HistogramGeometry.stepOutline(bins) : HistogramGeometry.polyOutline(bins)
                let top = outline.top.map { orientation.point(value: $0.x, height: $0.y) }
                if fill {
                    let polygon = top + outline.base.reversed().map { orientation.point(value: $0.x, height: $0.y) }
                    artists.append(PolygonArtist(
                        vertices: polygon, fill: color.withAlpha(faceAlpha), edge: edge, label: artistLabel,
                        stickyEdges: sticky))
                } else {
                    artists.append(LineArtist(
                        x: top.map(\.x), y: top.map(\.y), stroke: theme.lineStroke(color: color.withAlpha(faceAlpha)),
                        label: artistLabel, stickyEdges: sticky))
                }
            }
            if let curve = layers[index].kde {
                let points = zip(curve.support, kdeTops[index]).map { orientation.point(value: $0, height: $1) }
                artists.append(LineArtist(
                    x: points.map(\.x), y: points.map(\.y),
                    stroke: theme.lineStroke(
                        color: kdeStyle.color ?? color, width: kdeStyle.lineWidth, dashes: kdeStyle.dashes),
                    stickyEdges: orientation.sticky(heights: [0, .infinity])))
            }
        }
        return artists
    }

    /// seaborn's default alpha of histogram faces.
    static func defaultAlpha(grouped: Bool, layout: GroupLayout, element: HistogramElement, fill: Bool, kde: Bool) -> Double {
        guard fill else { return 1 }
        if grouped && layout == .layer { return element == .bars ? 0.5 : 0.25 }
        return kde ? 0.5 : 0.75
    }

    /// seaborn's bar edge width rule, measured on the narrowest bar of all
    /// groups (see ``BarEdgeThinning``).
    private func edgeThinning(geometry: HistogramGeometry, theme: Theme) -> BarEdgeThinning? {
        guard let narrowest = geometry.bins.flatMap({ $0 }).min(by: { $0.upper - $0.lower < $1.upper - $1.lower })
        else { return nil }
        return BarEdgeThinning(
            narrowest: narrowest.lower...narrowest.upper, axis: orientation.valueAxis,
            maximum: fill ? theme.patchLineWidth : 1.5 * theme.patchLineWidth, minimum: fill ? 0 : 0.5)
    }

    /// seaborn's `_artist_kws` edge: the theme's patch edge for bars and
    /// stacks, the group's colour for layered areas, the line itself when
    /// not filling.
    private func edgeStroke(color: Color, theme: Theme) -> StrokeStyle {
        let patchEdged = fill && (element == .bars || layout == .stack || layout == .fill)
        return StrokeStyle(color: patchEdged ? theme.patchEdgeColor : color, width: theme.patchLineWidth)
    }

    /// seaborn's legend handle for a group: a patch styled as the filled
    /// areas or the unfilled bars, else a line.
    private func legendHandle(color: Color, alpha: Double, theme: Theme) -> any LegendHandle {
        if fill { return .patch(fill: color.withAlpha(alpha), edge: edgeStroke(color: color, theme: theme)) }
        if element == .bars {
            return .patch(fill: nil, edge: StrokeStyle(color: color.withAlpha(alpha), width: theme.patchLineWidth))
        }
        return .line(theme.lineStroke(color: color.withAlpha(alpha)))
    }
}
