/// matplotlib's `ax.errorbar` as a plot layer: the data drawn with a format
/// string, error bars along y and/or x (symmetric or not), and caps.
///
/// ```swift
/// try axes.add(ErrorbarPlot(x: xb, y: yb, yError: .symmetric(eb), format: "o", capsize: 3, color: c1))
/// ```
public struct ErrorbarPlot: PlotLayer {
    /// The error of each point: the same below and above, or each its own.
    public enum Errors: Sendable, Hashable {
        case symmetric([Double])
        case asymmetric(below: [Double], above: [Double])

        /// The bars' ends around `values`.
        func bars(at positions: [Double], around values: [Double]) -> [ErrorBarsArtist.Bar] {
            let (below, above): ([Double], [Double])
            switch self {
            case .symmetric(let errors): (below, above) = (errors, errors)
            case .asymmetric(let low, let high): (below, above) = (low, high)
            }
            return positions.indices.map { index in
                ErrorBarsArtist.Bar(
                    position: positions[index], low: values[index] - below[index], high: values[index] + above[index])
            }
        }

        /// Every error, for validation.
        var all: [Double] {
            switch self {
            case .symmetric(let errors): return errors
            case .asymmetric(let below, let above): return below + above
            }
        }

        var counts: [Int] {
            switch self {
            case .symmetric(let errors): return [errors.count]
            case .asymmetric(let below, let above): return [below.count, above.count]
            }
        }
    }

    public var x: [Double]
    public var y: [Double]
    public var yError: Errors?
    public var xError: Errors?
    /// The data's format string (`"o"`, `"s-"`, …); `"none"` draws only the
    /// error bars; `""` draws a solid line, as matplotlib's default.
    public var format: String
    /// The data's colour; the next colour of the line cycle when `nil`.
    public var color: Color?
    /// The error bars' colour (`ecolor`); the data's colour when `nil`.
    public var errorColor: Color?
    /// The error bars' width in points (`elinewidth`); the theme's line width when `nil`.
    public var errorLineWidth: Double?
    /// Half the cap length in points (matplotlib's `capsize`, 0: no caps).
    public var capsize: Double
    /// The caps' line width in points (`capthick`, `lines.markeredgewidth`).
    public var capThickness: Double
    public var markerSize: Double
    public var label: String?

    public init(
        x: [Double], y: [Double], yError: Errors? = nil, xError: Errors? = nil, format: String = "",
        color: Color? = nil, errorColor: Color? = nil, errorLineWidth: Double? = nil, capsize: Double = 0,
        capThickness: Double = 1, markerSize: Double = 6, label: String? = nil
    ) {
        self.x = x
        self.y = y
        self.yError = yError
        self.xError = xError
        self.format = format
        self.color = color
        self.errorColor = errorColor
        self.errorLineWidth = errorLineWidth
        self.capsize = capsize
        self.capThickness = capThickness
        self.markerSize = markerSize
        self.label = label
    }

    /// The bars (and caps) under the data line, as matplotlib orders them
    /// (bars and caps at z-order 2, the data at 2.1); the bars carry the
    /// legend entry.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for lengths that differ,
    ///   negative errors or a bad format string.
    public func geometry(in context: inout LayerContext) throws(PlotError) -> LayerGeometry<Void> {
        guard x.count == y.count else { throw .invalidArgument("errorbar: x has \(x.count) values but y has \(y.count)") }
        for errors in [yError, xError].compactMap({ $0 }) {
            guard errors.counts.allSatisfy({ $0 == x.count }) else {
                throw .invalidArgument("errorbar: \(x.count) points but errors of length \(errors.counts)")
            }
            guard !errors.all.contains(where: { $0 < 0 }) else {
                throw .invalidArgument("errorbar: errors must not be negative")
            }
        }
        let parsed: FormatString? = format.lowercased() == "none" ? nil : try FormatString(format.isEmpty ? "-" : format)
        let theme = context.theme
        let lineColor = color ?? parsed?.resolvedColor(cycle: theme.colorCycle) ?? context.nextLineColor()
        let dataStroke = theme.lineStroke(
            color: lineColor, dashes: parsed?.lineStyle?.dashes(lineWidth: theme.lineWidth) ?? [])
        let dataLine = parsed.map { format in
            LineArtist(
                x: x, y: y, stroke: dataStroke, drawsLine: format.lineStyle != nil,
                marker: format.marker.map { MarkerStyle($0, size: markerSize) }, zOrder: 2.1)
        }
        let barStroke = StrokeStyle(color: errorColor ?? lineColor, width: errorLineWidth ?? theme.lineWidth)
        let handle = ErrorbarHandle(
            line: dataLine.map { LineHandle(stroke: $0.stroke, drawsLine: $0.drawsLine, marker: $0.marker) },
            barStroke: barStroke, cap: capsize > 0 ? MarkerStyle(.horizontalLine, size: 2 * capsize, edgeWidth: capThickness) : nil,
            hasXError: xError != nil, hasYError: yError != nil, errorSize: 0.5 * theme.legend.fontSize)
        var artists: [any Artist] = []
        var entry = label.map { LegendEntry(label: $0, handle: handle) }
        // matplotlib draws the x error bars first, then the y ones.
        for (errors, orientation) in [(xError, DistributionOrientation.horizontal), (yError, .vertical)] {
            guard let errors else { continue }
            let bars = orientation == .vertical ? errors.bars(at: x, around: y) : errors.bars(at: y, around: x)
            artists.append(ErrorBarsArtist(
                bars: bars, orientation: orientation, stroke: barStroke, capSize: 2 * capsize,
                capWidth: capThickness, legendEntry: entry))
            entry = nil
        }
        if let dataLine { artists.append(dataLine) }
        return LayerGeometry(artists: artists)
    }
}

extension Axes {
    /// Points with error bars (matplotlib's `ax.errorbar(x, y, yerr=…,
    /// xerr=…, fmt=…, capsize=…)`); see ``ErrorbarPlot``.
    public func errorbar(
        _ x: [Double], _ y: [Double], yError: ErrorbarPlot.Errors? = nil, xError: ErrorbarPlot.Errors? = nil,
        format: String = "", color: Color? = nil, errorColor: Color? = nil, errorLineWidth: Double? = nil,
        capsize: Double = 0, capThickness: Double = 1, markerSize: Double = 6, label: String? = nil
    ) throws(PlotError) {
        try add(ErrorbarPlot(
            x: x, y: y, yError: yError, xError: xError, format: format, color: color, errorColor: errorColor,
            errorLineWidth: errorLineWidth, capsize: capsize, capThickness: capThickness, markerSize: markerSize,
            label: label))
    }
}
