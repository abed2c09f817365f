import Stats

/// The histograms a `histplot` drew.
public struct HistogramPlotResult: Sendable {
    /// One drawn histogram: its bins and bar heights in the chosen stat
    /// (after common normalisation, before stacking or dodging).
    public struct Layer: Sendable {
        public var group: String
        public var edges: [Double]
        public var heights: [Double]
        /// The density overlay, scaled to the histogram, when asked for.
        public var kde: KDECurve?
    }

    public var layers: [Layer]
    /// NaN and infinite values removed, over all groups.
    public var dropped: Int
    public var warnings: [PlotWarning]
}

extension Axes {
    /// A histogram of `data`, as seaborn's `histplot(x=data)`.
    ///
    /// ```swift
    /// try axes.histplot(sample, options: HistogramOptions(stat: .density), kde: true)
    /// try axes.histplot(incomes, logScale: true)   // bins equal in log10(x), on a log axis
    /// ```
    ///
    /// With `logScale`, the value axis becomes logarithmic and the bins (and
    /// any KDE) are computed on log10 of the positive values, as seaborn's
    /// `log_scale=True` does; values ≤ 0 are dropped and counted in `dropped`.
    @discardableResult
    public func histplot(
        _ data: [Double], weights: [Double]? = nil, options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, element: HistogramElement = .bars, fill: Bool = true,
        shrink: Double = 1, kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay,
        kdeStyle: CurveStyle = CurveStyle(), logScale: Bool = false, color: Color? = nil, alpha: Double? = nil,
        label: String? = nil
    ) throws -> HistogramPlotResult {
        let color = color ?? nextPatchColor()
        return try drawHistograms(
            [DataGroup(name: label ?? "", values: data, weights: weights)], colors: [color], grouped: false,
            options: options, orientation: orientation, layout: .layer, commonBins: false, commonNorm: false,
            element: element, fill: fill, shrink: shrink, kde: kde, kdeOptions: kdeOptions, kdeStyle: kdeStyle,
            alpha: alpha, label: label, logScale: logScale)
    }

    /// Histograms of several groups in the palette's colours, with a legend,
    /// as seaborn's `histplot(x=..., hue=...)`.
    ///
    /// - Parameters:
    ///   - groups: the named subsets, one histogram and legend entry each
    ///     (seaborn's `hue` levels), in the palette's order.
    ///   - options: the stat and the bins (seaborn's `stat`, `bins`,
    ///     `binwidth`, `binrange`, `discrete`).
    ///   - orientation: `.horizontal` puts the values on the y axis.
    ///   - layout: `.layer` (overlapping), `.stack`, `.fill` (stacked to 1)
    ///     or `.dodge` (side by side in each bin).
    ///   - commonBins: one set of bins for all groups.
    ///   - commonNorm: normalise over all groups together (not for counts).
    ///   - element: `.bars`, `.step` or `.poly` (seaborn's `element`).
    ///   - fill: whether to fill the bars or the area under the step or
    ///     polygon.
    ///   - shrink: the bar width as a fraction of the bin width, in (0, 1].
    ///   - kde: whether to draw each group's density curve, scaled to its
    ///     histogram.
    ///   - kdeOptions: how those curves are estimated; by default they stop
    ///     at the data (`cut` 0).
    ///   - kdeStyle: how those curves are drawn; each in its group's colour
    ///     unless the style sets one.
    ///   - logScale: a logarithmic value axis, with bins equal in log10.
    ///   - alpha: the fill opacity; seaborn's default for the layout and
    ///     element when `nil` (0.5 for layered bars).
    ///   - palette: the group colours, repeated when too short; the theme's
    ///     colour cycle when `nil`.
    ///   - legendTitle: the legend's heading (seaborn: the hue variable's name).
    ///   - legend: whether the groups get a legend (seaborn's `legend=False`
    ///     leaves it out).
    @discardableResult
    public func histplot(
        groups: [DataGroup], options: HistogramOptions = HistogramOptions(),
        orientation: DistributionOrientation = .vertical, layout: GroupLayout = .layer, commonBins: Bool = true,
        commonNorm: Bool = true, element: HistogramElement = .bars, fill: Bool = true, shrink: Double = 1,
        kde: Bool = false, kdeOptions: KDEOptions = .histogramOverlay, kdeStyle: CurveStyle = CurveStyle(),
        logScale: Bool = false, alpha: Double? = nil, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) throws -> HistogramPlotResult {
        if (layout == .stack || layout == .fill), !commonBins {
            throw PlotError.invalidArgument("histplot: stacking or filling groups needs common bins")
        }
        let colors = Self.groupColors(count: groups.count, palette: palette ?? theme.colorCycle)
        let result = try drawHistograms(
            groups, colors: colors, grouped: true, options: options, orientation: orientation, layout: layout,
            commonBins: commonBins, commonNorm: commonNorm, element: element, fill: fill, shrink: shrink, kde: kde,
            kdeOptions: kdeOptions, kdeStyle: kdeStyle, alpha: alpha, label: nil, logScale: logScale)
        let faceAlpha = alpha ?? Self.defaultHistogramAlpha(grouped: true, layout: layout, element: element, fill: fill, kde: kde)
        let drawn = Set(result.layers.map(\.group))
        let entries = zip(groups, colors).filter { drawn.contains($0.0.name) }.map { group, color in
            LegendEntry(label: group.name, handle: histogramLegendHandle(
                color: color, alpha: faceAlpha, fill: fill, element: element, layout: layout))
        }
        if legend { showLegend(entries: entries, title: legendTitle) }
        return result
    }

    /// seaborn's default alpha of histogram faces.
    static func defaultHistogramAlpha(
        grouped: Bool, layout: GroupLayout, element: HistogramElement, fill: Bool, kde: Bool
    ) -> Double {
        guard fill else { return 1 }
        if grouped && layout == .layer { return element == .bars ? 0.5 : 0.25 }
        return kde ? 0.5 : 0.75
    }

    /// seaborn's legend handle for a group: a patch styled as the filled
    /// areas or the unfilled bars, else a line.
    private func histogramLegendHandle(
        color: Color, alpha: Double, fill: Bool, element: HistogramElement, layout: GroupLayout
    ) -> any LegendHandle {
        if fill {
            return .patch(
                fill: color.withAlpha(alpha),
                edge: histogramEdge(color: color, fill: fill, element: element, layout: layout, width: theme.patchLineWidth))
        }
        if element == .bars {
            return .patch(fill: nil, edge: StrokeStyle(color: color.withAlpha(alpha), width: theme.patchLineWidth))
        }
        return .line(lineStroke(color: color.withAlpha(alpha)))
    }

    /// seaborn's `_artist_kws` edge: the theme's patch edge for bars and
    /// stacks, the group's colour for layered areas, the line itself when
    /// not filling.
    private func histogramEdge(
        color: Color, fill: Bool, element: HistogramElement, layout: GroupLayout, width: Double
    ) -> StrokeStyle {
        let edgeColor = fill && (element == .bars || layout == .stack || layout == .fill) ? theme.patchEdgeColor : color
        return StrokeStyle(color: edgeColor, width: width)
    }

    /// seaborn's `plot_univariate_histogram`.
    private func drawHistograms(
        _ rawGroups: [DataGroup], colors: [Color], grouped: Bool, options: HistogramOptions,
        orientation: DistributionOrientation, layout: GroupLayout, commonBins: Bool, commonNorm requestedNorm: Bool,
        element: HistogramElement, fill: Bool, shrink: Double, kde: Bool, kdeOptions: KDEOptions,
        kdeStyle: CurveStyle, alpha: Double?, label: String?, logScale: Bool
    ) throws -> HistogramPlotResult {
        guard shrink > 0, shrink <= 1 else {
            throw PlotError.invalidArgument("histplot: shrink must be in (0, 1], got \(shrink)")
        }
        if kde { try kdeOptions.validate() }
        let valueScale: AxisScale = logScale ? .log : .linear
        if logScale { setValueScale(.log, orientation: orientation) }
        var warnings: [PlotWarning] = []
        var dropped = 0
        let groups = try rawGroups.map { raw -> DataGroup in
            let (group, removed) = try raw.finite(logScale: logScale)
            dropped += removed
            return group
        }
        if dropped > 0 { warnings.append(.droppedNonFinite(count: dropped)) }
        let present = groups.filter { !$0.values.isEmpty }
        guard !present.isEmpty else { throw DataError.empty }
        for group in groups where group.values.isEmpty && grouped { warnings.append(.emptyGroup(group.name)) }

        var options = options
        let weighted = groups.contains { $0.weights != nil }
        if weighted, case .rule = options.bins, options.binWidth == nil, !options.discrete {
            options.bins = .count(10)  // seaborn: "`bins` cannot be 'auto' when using weights"
        }
        let commonNorm = requestedNorm && options.stat != .count && grouped
        let allValues = present.flatMap(\.values)
        let allWeights: [Double]? = weighted ? present.flatMap { $0.weights ?? Array(repeating: 1, count: $0.values.count) } : nil
        let shared = grouped && commonBins ? try options.resolvedBins(for: allValues, weights: allWeights) : nil
        let wholeWeight = present.map(\.totalWeight).reduce(0, +)

        var layers: [HistogramPlotResult.Layer] = []
        var layerColors: [Color] = []
        for (group, color) in zip(groups, colors) where !group.values.isEmpty {
            let bins = try shared ?? options.resolvedBins(for: group.values, weights: group.weights)
            let histogram = try Histogram(data: group.values, bins: bins.bins, range: bins.range, weights: group.weights)
            var heights = try histogram.heights(stat: options.stat, cumulative: options.cumulative)
            var curve: KDECurve?
            if kde {
                var estimate = kdeOptions
                estimate.cumulative = options.cumulative
                do {
                    var fitted = try estimate.curve(
                        for: group.values, weights: group.weights, supportValues: grouped && commonBins ? allValues : nil)
                    let scale = options.cumulative
                        ? (heights.max() ?? 1)
                        : zip(heights, histogram.binWidths).map(*).reduce(0, +)
                    let share = commonNorm ? group.totalWeight / wholeWeight : 1
                    fitted.density = fitted.density.map { $0 * scale * share }
                    fitted.support = fitted.support.map(valueScale.inverse)
                    curve = fitted
                } catch let error as KDEError where error.isUnusableSpread {
                    // seaborn skips the curve silently here (warn_singular=False); we say why.
                    warnings.append(.densitySkipped(error, group: grouped ? group.name : nil))
                }
            }
            if commonNorm {
                let share = group.totalWeight / wholeWeight
                heights = heights.map { $0 * share }
            }
            layers.append(.init(group: group.name, edges: histogram.edges, heights: heights, kde: curve))
            layerColors.append(color)
        }

        let faceAlpha = alpha ?? Self.defaultHistogramAlpha(grouped: grouped, layout: layout, element: element, fill: fill, kde: kde)
        // Bins are laid out (shrunk, dodged) in the scale's space, then mapped
        // back to data values, as seaborn does with the axis transform.
        let geometry = HistogramGeometry(layers: layers, layout: grouped ? layout : .layer, shrink: shrink)
            .mapValues(valueScale.inverse)
        if logScale {
            layers = layers.map { layer in
                var mapped = layer
                mapped.edges = layer.edges.map(valueScale.inverse)
                return mapped
            }
        }
        let statSticky: [Double] = grouped && layout == .fill ? [0, 1] : [0, .infinity]
        let valueSticky: [Double] = grouped && layout == .fill ? geometry.valueSpan.map { [$0.lowerBound, $0.upperBound] } ?? [] : []
        let sticky = orientation.sticky(values: valueSticky, heights: statSticky)
        var barIndices: [Int] = []
        let kdeTops = Self.stack(layers.map { $0.kde?.density ?? [] }, layout: layout == .dodge || !grouped ? .layer : layout).tops

        for index in layers.indices.reversed() {
            let color = layerColors[index]
            let bins = geometry.bins[index]
            let edge = histogramEdge(color: color, fill: fill, element: element, layout: layout, width: theme.patchLineWidth)
            let artistLabel = grouped ? nil : label
            switch element {
            case .bars:
                let bars = bins.map { orientation.bar(lower: $0.lower, upper: $0.upper, base: $0.base, top: $0.top) }
                barIndices.append(artists.count)
                add(BarsArtist(
                    bars: bars, fill: fill ? color.withAlpha(faceAlpha) : nil,
                    edge: fill ? edge : StrokeStyle(color: color.withAlpha(faceAlpha), width: edge.width),
                    label: artistLabel, stickyEdges: sticky))
            case .step, .poly:
                let outline = element == .step ? HistogramGeometry.stepOutline(bins) : HistogramGeometry.polyOutline(bins)
                if fill {
                    let polygon = outline.top.map { orientation.point(value: $0.x, height: $0.y) }
                        + outline.base.reversed().map { orientation.point(value: $0.x, height: $0.y) }
                    add(PolygonArtist(vertices: polygon, fill: color.withAlpha(faceAlpha), edge: edge, label: artistLabel, stickyEdges: sticky))
                } else {
                    let points = outline.top.map { orientation.point(value: $0.x, height: $0.y) }
                    add(LineArtist(
                        x: points.map(\.x), y: points.map(\.y), stroke: lineStroke(color: color.withAlpha(faceAlpha)),
                        label: artistLabel, stickyEdges: sticky))
                }
            }
            if let curve = layers[index].kde {
                let points = zip(curve.support, kdeTops[index]).map { orientation.point(value: $0, height: $1) }
                add(LineArtist(
                    x: points.map(\.x), y: points.map(\.y),
                    stroke: lineStroke(color: kdeStyle.color ?? color, width: kdeStyle.lineWidth, dashes: kdeStyle.dashes),
                    stickyEdges: orientation.sticky(heights: [0, .infinity])))
            }
        }
        if element == .bars { thinBarEdges(at: barIndices, geometry: geometry, orientation: orientation, fill: fill) }
        setDefaultDensityLabel(orientation: orientation, stat: options.stat.rawValue.capitalized)
        return HistogramPlotResult(layers: layers, dropped: dropped, warnings: warnings)
    }

    /// seaborn's bar edge width: a tenth of the narrowest bar's width in
    /// points (with the limits as they are now), at most the patch line
    /// width (1.5× that without fill, and at least 0.5 pt then).
    private func thinBarEdges(at indices: [Int], geometry: HistogramGeometry, orientation: DistributionOrientation, fill: Bool) {
        guard let narrowest = geometry.bins.flatMap({ $0 }).min(by: { $0.upper - $0.lower < $1.upper - $1.lower })
        else { return }
        let limits = resolvedLimits()
        let span = orientation == .vertical ? limits.x : limits.y
        let scale = orientation == .vertical ? xScale : yScale
        let axisPoints = orientation == .vertical ? lengthInPoints.width : lengthInPoints.height
        let barPoints = (scale.forward(narrowest.upper) - scale.forward(narrowest.lower))
            / (scale.forward(span.upperBound) - scale.forward(span.lowerBound)) * axisPoints
        var width = min(0.1 * barPoints, fill ? theme.patchLineWidth : 1.5 * theme.patchLineWidth)
        if !fill { width = max(width, 0.5) }
        for index in indices {
            guard var bars = artists[index] as? BarsArtist, var edge = bars.edge else { continue }
            edge.width = width
            bars.edge = edge
            replaceArtist(at: index, with: bars)
        }
    }
}
