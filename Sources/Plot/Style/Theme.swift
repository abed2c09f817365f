/// Every default of a figure's look, in one value: fonts, sizes, colours,
/// layout fractions, tick geometry. ``matplotlib`` reproduces matplotlib's
/// `rcdefaults()`; ``seabornDarkgrid`` and ``seabornWhitegrid`` seaborn's
/// themes of those names (context "notebook").
///
/// Sizes are in points (1/72 inch); layout values are figure fractions.
///
/// ```swift
/// var theme = Theme.matplotlib
/// theme.fontSize = 12
/// let figure = Figure(width: 6.4, height: 4.8, theme: theme)
/// ```
public struct Theme: Sendable, Hashable {
    /// The subplot area of a figure as fractions of its size, and the gaps
    /// between subplots as fractions of the mean subplot width/height.
    public struct SubplotParameters: Sendable, Hashable {
        public var left = 0.125
        public var right = 0.9
        public var bottom = 0.11
        public var top = 0.88
        public var horizontalSpace = 0.2
        public var verticalSpace = 0.2
        public init() {}
    }

    /// The look of a legend, sizes in units of its font size.
    public struct LegendStyle: Sendable, Hashable {
        public var fontSize = 10.0
        /// The size of the legend's title (`legend.title_fontsize`; under
        /// matplotlib's defaults the base font size).
        public var titleFontSize = 10.0
        public var borderPad = 0.4
        public var labelSpacing = 0.5
        public var handleLength = 2.0
        public var handleHeight = 0.7
        public var handleTextPad = 0.8
        /// Space between legend columns, in font sizes (`legend.columnspacing`).
        public var columnSpacing = 2.0
        public var borderAxesPad = 0.5
        public var faceColor: Color? = nil
        public var edgeColor = Color(red: 0.8, green: 0.8, blue: 0.8)
        public var frameAlpha = 0.8
        public var frameLineWidth = 1.0
        public var roundedCorners = true
        public init() {}
    }

    public var figureFaceColor = Color.white
    public var axesFaceColor = Color.white
    /// The base font size (`font.size`).
    public var fontSize = 10.0
    public var textColor = Color.black
    public var tickLabelSize = 10.0
    public var axisLabelSize = 10.0
    public var titleSize = 12.0
    public var subplots = SubplotParameters()
    public var colorCycle = Color.tab10
    /// The edge width of markers, such as error bar caps (`lines.markeredgewidth`).
    public var markerEdgeWidth = 1.0
    /// Default line width of `plot` and density curves.
    public var lineWidth = 1.5
    public var lineCap = StrokeStyle.Cap.projecting
    /// The cap of dashed lines (matplotlib's `lines.dash_capstyle`), so
    /// that short dashes keep their gaps.
    public var dashCap = StrokeStyle.Cap.butt
    public var lineJoin = StrokeStyle.Join.round
    /// Edge width of patches when an edge is drawn.
    public var patchLineWidth = 1.0
    public var patchEdgeColor = Color.black
    /// Whether bars get an edge by default (seaborn themes: yes, white).
    public var forcePatchEdge = false
    public var spineColor = Color.black
    public var spineWidth = 0.8
    public var visibleSpines: Set<Spine> = [.left, .right, .top, .bottom]
    public var tickColor = Color.black
    /// Major tick length. The tick labels sit this far plus ``tickPad``
    /// from the spine, whether or not the marks are drawn.
    public var tickLength = 3.5
    /// Whether the tick marks are drawn (seaborn's grid styles hide them:
    /// `xtick.bottom` and `ytick.left` are False).
    public var showTickMarks = true
    public var tickWidth = 0.8
    public var tickPad = 3.5
    /// Minor ticks (drawn on log axes): length, width and label pad.
    public var minorTickLength = 2.0
    public var minorTickWidth = 0.6
    public var minorTickPad = 3.4
    public var tickLabelColor = Color.black
    /// Space between the tick labels and the axis label.
    public var labelPad = 4.0
    /// Space between the axes box and the title's baseline.
    public var titlePad = 6.0
    public var xMargin = 0.05
    public var yMargin = 0.05
    public var showGrid = false
    public var gridColor = Color(red: 0.690, green: 0.690, blue: 0.690)
    public var gridWidth = 0.8
    public var legend = LegendStyle()

    public init() {}

    /// One side of the axes box, where a spine runs.
    public typealias Spine = AxesSide

    /// matplotlib's defaults (`rcdefaults()`).
    public static let matplotlib = Theme()

    /// seaborn's "whitegrid" style in the "notebook" context, with the
    /// "deep" palette (`sns.set_theme(style="whitegrid")`).
    public static var seabornWhitegrid: Theme {
        var theme = seabornNotebook
        theme.spineColor = Color(red: 0.8, green: 0.8, blue: 0.8)
        theme.gridColor = Color(red: 0.8, green: 0.8, blue: 0.8)
        return theme
    }

    /// seaborn's "darkgrid" style in the "notebook" context, with the
    /// "deep" palette (`sns.set_theme()`, seaborn's default theme).
    public static var seabornDarkgrid: Theme {
        var theme = seabornNotebook
        theme.axesFaceColor = Color(hex: "#EAEAF2") ?? .white
        theme.spineColor = .white
        theme.gridColor = .white
        return theme
    }

    /// What seaborn's two grid styles share: the "notebook" context
    /// (`sns.plotting_context("notebook")`), the styles' common keys and the
    /// "deep" palette.
    private static var seabornNotebook: Theme {
        var theme = Theme()
        let darkGray = Color(red: 0.15, green: 0.15, blue: 0.15)
        theme.colorCycle = Color.seabornDeep
        theme.fontSize = 12
        theme.tickLabelSize = 11
        theme.axisLabelSize = 12
        theme.titleSize = 12
        theme.textColor = darkGray
        theme.tickLabelColor = darkGray
        theme.tickColor = darkGray
        theme.tickLength = 6
        theme.showTickMarks = false
        theme.tickWidth = 1.25
        theme.spineWidth = 1.25
        theme.showGrid = true
        theme.gridWidth = 1
        theme.lineCap = .round
        theme.patchEdgeColor = .white
        theme.forcePatchEdge = true
        theme.legend.fontSize = 11
        theme.legend.titleFontSize = 12
        return theme
    }

    /// The stroke of a data line in this theme (dashed lines get the
    /// theme's dash cap, as matplotlib's `dash_capstyle`).
    public func lineStroke(color: Color, width: Double? = nil, dashes: [Double] = []) -> StrokeStyle {
        StrokeStyle(
            color: color, width: width ?? lineWidth, cap: dashes.isEmpty ? lineCap : dashCap, join: lineJoin,
            dashes: dashes)
    }

    /// The edge of a patch in this theme: none under matplotlib's defaults,
    /// a thin line in ``patchEdgeColor`` under seaborn's themes.
    public func patchEdge(width: Double? = nil) -> StrokeStyle? {
        guard forcePatchEdge else { return nil }
        return StrokeStyle(color: patchEdgeColor, width: width ?? patchLineWidth)
    }
}

extension Color {
    /// seaborn's "deep" palette, the colour cycle of its themes.
    public static let seabornDeep: [Color] = [
        "#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3",
        "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd",
    ].compactMap { Color(hex: $0) }

}
