import Stats

/// The curves a `kdeplot` drew, with what it had to leave out.
public struct DensityPlotResult: Sendable {
    /// The curve of each group that had one, in group order (after any
    /// common normalisation, before stacking).
    public var curves: [(group: String, curve: KDECurve)]
    /// NaN and infinite values removed, over all groups.
    public var dropped: Int
    public var warnings: [PlotWarning]
}

extension Axes {
    /// A kernel density estimate of `data`, as seaborn's `kdeplot(x=data)`.
    ///
    /// NaN and infinite values are removed (reported in the result); data
    /// with fewer than two distinct values draw no curve and report a
    /// warning instead of failing, as seaborn does.
    ///
    /// ```swift
    /// try axes.kdeplot(sample)
    /// try axes.kdeplot(sample, fill: true, style: CurveStyle(lineWidth: 3))
    /// try axes.kdeplot(incomes, logScale: true)   // density of log10(x) on a log axis
    /// ```
    ///
    /// With `logScale`, the value axis becomes logarithmic and the density
    /// is estimated on log10 of the positive values (seaborn's
    /// `log_scale=True`); values ≤ 0 are dropped and counted in `dropped`.
    @discardableResult
    public func kdeplot(
        _ data: [Double], weights: [Double]? = nil, options: KDEOptions = KDEOptions(),
        orientation: DistributionOrientation = .vertical, fill: Bool = false, style: CurveStyle = CurveStyle(),
        logScale: Bool = false, label: String? = nil
    ) throws -> DensityPlotResult {
        let color = style.color ?? (fill ? nextPatchColor() : nextLineColor())
        return try drawDensities(
            [DataGroup(name: label ?? "", values: data, weights: weights)], colors: [color], grouped: false,
            options: options, orientation: orientation, layout: .layer, commonNorm: false, commonGrid: false,
            fill: fill, style: style, label: label, logScale: logScale)
    }

    /// Density curves of several groups in the palette's colours, with a
    /// legend, as seaborn's `kdeplot(x=..., hue=...)`.
    ///
    /// - Parameters:
    ///   - groups: the named subsets, one curve and legend entry each
    ///     (seaborn's `hue` levels), in the palette's order.
    ///   - options: how the curves are estimated (bandwidth, cut, grid size,
    ///     clip, cumulative).
    ///   - orientation: `.horizontal` puts the values on the y axis.
    ///   - layout: `.layer`, `.stack` or `.fill` (`.dodge` is for histograms).
    ///   - commonNorm: scale each curve by its group's share of the data, so
    ///     that the curves together integrate to 1.
    ///   - commonGrid: evaluate every curve on the grid of all the data
    ///     (always so when stacking).
    ///   - fill: fill under the curves; by default only when stacking.
    ///   - style: the width, dashes and alpha of every curve; its colour,
    ///     when set, is ignored in favour of the group colours.
    ///   - logScale: a logarithmic value axis, the densities estimated on
    ///     log10 of the positive values.
    ///   - palette: the group colours, repeated when too short; the theme's
    ///     colour cycle when `nil`.
    ///   - legendTitle: the legend's heading (seaborn: the hue variable's name).
    ///   - legend: whether the groups get a legend (seaborn's `legend=False`
    ///     leaves it out).
    @discardableResult
    public func kdeplot(
        groups: [DataGroup], options: KDEOptions = KDEOptions(), orientation: DistributionOrientation = .vertical,
        layout: GroupLayout = .layer, commonNorm: Bool = true, commonGrid: Bool = false, fill: Bool? = nil,
        style: CurveStyle = CurveStyle(), logScale: Bool = false, palette: [Color]? = nil, legendTitle: String? = nil,
        legend: Bool = true
    ) throws -> DensityPlotResult {
        guard layout != .dodge else {
            throw PlotError.invalidArgument("kdeplot: layout .dodge applies to histograms only; use .layer, .stack or .fill")
        }
        let colors = Self.groupColors(count: groups.count, palette: palette ?? theme.colorCycle)
        let filled = fill ?? (layout == .stack || layout == .fill)
        let result = try drawDensities(
            groups, colors: colors, grouped: true, options: options, orientation: orientation, layout: layout,
            commonNorm: commonNorm, commonGrid: commonGrid || layout != .layer, fill: filled, style: style, label: nil,
            logScale: logScale)
        // seaborn lists every hue level, also one whose curve was skipped.
        let entries = zip(groups, colors).filter { $0.0.values.contains(where: \.isFinite) }.map { group, color in
            LegendEntry(label: group.name, handle: filled
                ? .patch(
                    fill: color.withAlpha(style.alpha ?? (layout == .layer ? 0.25 : 0.75)),
                    edge: StrokeStyle(color: layout == .layer ? color : theme.patchEdgeColor, width: theme.patchLineWidth))
                : .line(lineStroke(color: color.withAlpha(style.alpha ?? 1), width: style.lineWidth, dashes: style.dashes)))
        }
        if legend { showLegend(entries: entries, title: legendTitle) }
        return result
    }

    /// Sets the scale of the axis the values lie along.
    func setValueScale(_ scale: AxisScale, orientation: DistributionOrientation) {
        if orientation == .vertical { xScale = scale } else { yScale = scale }
    }

    /// `count` colours from `palette`, repeating it when too short.
    static func groupColors(count: Int, palette: [Color]) -> [Color] {
        guard !palette.isEmpty else { return Array(repeating: .black, count: count) }
        return (0..<count).map { palette[$0 % palette.count] }
    }

    /// seaborn's `plot_univariate_density`.
    private func drawDensities(
        _ rawGroups: [DataGroup], colors: [Color], grouped: Bool, options: KDEOptions,
        orientation: DistributionOrientation, layout: GroupLayout, commonNorm: Bool, commonGrid: Bool,
        fill: Bool, style: CurveStyle, label: String?, logScale: Bool
    ) throws -> DensityPlotResult {
        try options.validate()
        if logScale { setValueScale(.log, orientation: orientation) }
        var dropped = 0
        var warnings: [PlotWarning] = []
        let groups = try rawGroups.map { raw in
            let (group, removed) = try raw.finite(logScale: logScale)
            dropped += removed
            return group
        }
        guard groups.contains(where: { !$0.values.isEmpty }) else { throw DataError.empty }
        if dropped > 0 { warnings.append(.droppedNonFinite(count: dropped)) }
        let allValues = groups.flatMap(\.values)
        let wholeWeight = groups.map(\.totalWeight).reduce(0, +)

        var curves: [(group: String, curve: KDECurve)] = []
        var curveColors: [Color] = []
        for (group, color) in zip(groups, colors) {
            guard !group.values.isEmpty else {
                warnings.append(.emptyGroup(group.name))
                continue
            }
            do {
                var curve = try options.curve(
                    for: group.values, weights: group.weights, supportValues: grouped && commonGrid ? allValues : nil)
                if grouped && commonNorm {
                    let share = group.totalWeight / wholeWeight
                    curve.density = curve.density.map { $0 * share }
                }
                if logScale { curve.support = curve.support.map(AxisScale.log.inverse) }
                curves.append((group.name, curve))
                curveColors.append(color)
            } catch let error as KDEError where error.isUnusableSpread {
                warnings.append(.densitySkipped(error, group: grouped ? group.name : nil))
            }
        }

        let stacked = Self.stack(curves.map(\.curve.density), layout: grouped ? layout : .layer)
        let heightSticky: [Double] = layout == .fill && grouped ? [0, 1] : [0, .infinity]
        let valueSticky: [Double] = layout == .fill && grouped
            ? [curves.first?.curve.support.first, curves.first?.curve.support.last].compactMap { $0 } : []
        let sticky = orientation.sticky(values: valueSticky, heights: heightSticky)
        // Drawn last group first, so that stacks read from top to bottom.
        for index in curves.indices.reversed() {
            let support = curves[index].curve.support
            let (top, base) = (stacked.tops[index], stacked.bases[index])
            let color = curveColors[index]
            if fill {
                let alpha = style.alpha ?? (layout == .layer ? 0.25 : 0.75)
                let edgeColor = layout == .layer || !grouped ? color : theme.patchEdgeColor
                let outline = zip(support, top).map { orientation.point(value: $0, height: $1) }
                    + zip(support, base).reversed().map { orientation.point(value: $0, height: $1) }
                add(PolygonArtist(
                    vertices: outline, fill: color.withAlpha(alpha),
                    edge: StrokeStyle(color: edgeColor, width: style.lineWidth ?? theme.patchLineWidth),
                    label: grouped ? nil : label, stickyEdges: sticky))
            } else {
                let points = zip(support, top).map { orientation.point(value: $0, height: $1) }
                let stroke = lineStroke(color: color.withAlpha(style.alpha ?? 1), width: style.lineWidth, dashes: style.dashes)
                add(LineArtist(
                    x: points.map(\.x), y: points.map(\.y), stroke: stroke, label: grouped ? nil : label,
                    stickyEdges: sticky))
            }
        }
        setDefaultDensityLabel(orientation: orientation, stat: "Density")
        return DensityPlotResult(curves: curves, dropped: dropped, warnings: warnings)
    }

    /// seaborn's `_resolve_multiple` for curves on a common grid: the top and
    /// base of each curve after stacking (the last group at the bottom) or
    /// filling; unchanged with `.layer`.
    static func stack(_ densities: [[Double]], layout: GroupLayout) -> (tops: [[Double]], bases: [[Double]]) {
        let zeros = densities.map { Array(repeating: 0.0, count: $0.count) }
        guard layout == .stack || layout == .fill, let length = densities.first?.count,
            densities.allSatisfy({ $0.count == length })
        else { return (densities, zeros) }
        var tops = densities, bases = zeros
        var running = Array(repeating: 0.0, count: length)
        for index in densities.indices.reversed() {
            bases[index] = running
            running = zip(running, densities[index]).map(+)
            tops[index] = running
        }
        if layout == .fill {
            let totals = running
            func normalise(_ values: [Double]) -> [Double] {
                zip(values, totals).map { $1 > 0 ? $0 / $1 : 0 }
            }
            tops = tops.map(normalise)
            bases = bases.map(normalise)
        }
        return (tops, bases)
    }

    /// seaborn's `_add_axis_labels`: names the statistic's axis when it has
    /// no label yet.
    func setDefaultDensityLabel(orientation: DistributionOrientation, stat: String) {
        if orientation == .vertical {
            if yLabel.isEmpty { yLabel = stat }
        } else {
            if xLabel.isEmpty { xLabel = stat }
        }
    }
}
