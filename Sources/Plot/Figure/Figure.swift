import Foundation

/// A page of one or more ``Axes``, written as PNG, PDF or SVG.
///
/// Sizes are in inches and `dpi` sets how many pixels an inch has on raster
/// output (matplotlib's `figsize` and `dpi`; default 6.4×4.8 in at 100 dpi).
///
/// ```swift
/// let figure = Figure(width: 14, height: 10)
/// let axes = figure.addAxes()
/// try axes.plot([0, 1, 2], [1, 3, 2])
/// try figure.save(to: URL(fileURLWithPath: "figure.pdf"))
/// ```
public final class Figure {
    public let width: Double
    public let height: Double
    public let dpi: Double
    public let theme: Theme
    /// The axes, in the order they were added (and are drawn).
    public private(set) var axes: [Axes] = []
    /// A title above all axes (matplotlib's `suptitle`: 12 pt, centred, its
    /// top at 98 % of the height); empty for none.
    public var title = ""
    /// How the axes are placed: the theme's subplot parameters, or
    /// constrained layout (matplotlib's `layout="constrained"`).
    public var layout = FigureLayout.subplotParameters
    /// What the last layout could not do (e.g. decorations too large for
    /// the figure); `nil` when it did everything.
    public private(set) var layoutWarning: PlotWarning?
    /// What the last drawing could not do as asked: the layout's warning,
    /// and characters no bundled font has a glyph for.
    public private(set) var drawWarnings: [PlotWarning] = []
    /// The legend of the whole figure, when ``showLegend(_:outside:)``
    /// asked for one.
    public var legend: FigureLegend?
    /// Text placed in figure fractions (0…1 from the bottom-left corner).
    public private(set) var texts: [(text: String, x: Double, y: Double, style: TextStyle, alignment: TextAlignment)] = []

    /// An empty figure `width`×`height` inches at `dpi`.
    public init(width: Double = 6.4, height: Double = 4.8, dpi: Double = 100, theme: Theme = .matplotlib) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.theme = theme
    }

    /// The canvas size in whole pixels (matplotlib truncates `size × dpi`).
    public var pixelSize: (width: Int, height: Int) {
        (Self.wholePixels(width * dpi), Self.wholePixels(height * dpi))
    }

    /// Adds one axes filling the theme's subplot area (matplotlib's
    /// `plt.subplots()`).
    @discardableResult
    public func addAxes() -> Axes {
        grid(rows: 1, columns: 1, sharex: .none, sharey: .none)[0][0]
    }

    /// Adds a grid of axes, `rows` by `columns`, separated by the theme's
    /// subplot spacing (matplotlib's `plt.subplots(rows, columns, sharex=,
    /// sharey=)`); the result is indexed `[row][column]`, row 0 at the top.
    ///
    /// Shared axes show one view and share their tickers; as matplotlib
    /// does, x tick labels are then shown only on the bottom row (`sharex`
    /// `.all` or `.column`) and y tick labels only in the first column
    /// (`sharey` `.all` or `.row`).
    @discardableResult
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` unless both counts are at
    ///   least 1 and the grid has at most 10 000 cells.
    public func subplots(
        rows: Int, columns: Int, sharex: AxisSharing = .none, sharey: AxisSharing = .none
    ) throws(PlotError) -> [[Axes]] {
        guard rows >= 1, columns >= 1, rows.multipliedReportingOverflow(by: columns).partialValue <= 10_000,
            rows <= 10_000, columns <= 10_000
        else {
            throw .invalidArgument("subplots: rows and columns must be at least 1 and make at most 10 000 axes, got \(rows) × \(columns)")
        }
        return grid(rows: rows, columns: columns, sharex: sharex, sharey: sharey)
    }

    /// Adds a valid grid of axes (see ``subplots(rows:columns:sharex:sharey:)``).
    private func grid(rows: Int, columns: Int, sharex: AxisSharing, sharey: AxisSharing) -> [[Axes]] {
        let params = theme.subplots
        let totalWidth = params.right - params.left
        let totalHeight = params.top - params.bottom
        let cellWidth = totalWidth / (Double(columns) + params.horizontalSpace * Double(columns - 1))
        let cellHeight = totalHeight / (Double(rows) + params.verticalSpace * Double(rows - 1))
        let grid = (0..<rows).map { row in
            (0..<columns).map { column in
                let axes = Axes(
                    theme: theme, figureSize: (width, height),
                    position: (
                        left: params.left + Double(column) * cellWidth * (1 + params.horizontalSpace),
                        bottom: params.top - cellHeight - Double(row) * cellHeight * (1 + params.verticalSpace),
                        width: cellWidth, height: cellHeight))
                axes.gridCell = GridCell(rows: rows, columns: columns, row: row, column: column)
                return axes
            }
        }
        for (row, line) in grid.enumerated() {
            for (column, axes) in line.enumerated() {
                if let leader = sharex.leader(row: row, column: column, in: grid) {
                    AxisShareGroup.join(axes, to: leader, along: .x)
                }
                if let leader = sharey.leader(row: row, column: column, in: grid) {
                    AxisShareGroup.join(axes, to: leader, along: .y)
                }
                if sharex.hidesInnerXLabels, row < rows - 1 { axes.hideTickLabels(.x, on: .bottom) }
                if sharey.hidesInnerYLabels, column > 0 { axes.hideTickLabels(.y, on: .left) }
            }
        }
        adopt(grid.flatMap { $0 })
        return grid
    }

    /// Adds axes made elsewhere (a twin) to the figure, drawn after the others.
    func adopt(_ added: [Axes]) {
        for axes in added { axes.figure = self }
        axes += added
    }

    /// Writes text at (x, y) in figure fractions, measured from the
    /// bottom-left corner (matplotlib's `fig.text`), e.g. a caption under the
    /// axes.
    public func addText(
        _ text: String, x: Double, y: Double, size: Double? = nil, color: Color? = nil,
        alignment: TextAlignment = TextAlignment(.left, .baseline)
    ) {
        texts.append((text, x, y, TextStyle(size: size ?? theme.fontSize, color: color ?? theme.textColor), alignment))
    }

    /// Places the axes as ``layout`` asks, measuring text with `measurer`
    /// (run by ``draw(with:)``; each run starts from the subplot grid's
    /// own positions, so drawing twice gives the same figure).
    public func applyLayout(measurer: any TextMeasurer) {
        for axes in axes { axes.layoutPosition = nil }
        switch layout {
        case .subplotParameters: layoutWarning = nil
        case .constrained(let engine): layoutWarning = engine.apply(to: self, measurer: measurer)
        }
    }

    /// The suptitle at its place on a canvas `canvasHeight` pixels tall: 98 %
    /// up under the subplot parameters, one pad below the top edge under
    /// constrained layout.
    func suptitlePlacement(measurer: any TextMeasurer, canvasHeight: Double) -> PlacedText? {
        guard !title.isEmpty else { return nil }
        let style = TextStyle(size: theme.titleSize, color: theme.textColor)
        let y: Double
        switch layout {
        case .subplotParameters: y = 0.98
        case .constrained(let engine): y = 1 - engine.heightPad / height
        }
        let size = pixelSize
        let anchor = Point(0.5 * Double(size.width), (1 - y) * canvasHeight)
        return PlacedText(title, style: style, anchor: anchor, alignment: TextAlignment(.center, .top), measurer: measurer)
    }

    /// The box of everything the figure draws, in device pixels of its
    /// canvas, after layout (matplotlib's `Figure.get_tightbbox`).
    public func tightBounds(measurer: any TextMeasurer) -> Rect {
        applyLayout(measurer: measurer)
        let size = pixelSize
        let (canvasWidth, canvasHeight) = (Double(size.width), Double(size.height))
        var parts: [Rect] = axes.map { axes in
            let transform = axes.transform(canvasWidth: canvasWidth, canvasHeight: canvasHeight)
            return AxesDecorations(axes: axes, transform: transform, measurer: measurer)
                .tightBounds(axes: axes, measurer: measurer)
        }
        if let suptitle = suptitlePlacement(measurer: measurer, canvasHeight: canvasHeight) { parts.append(suptitle.bounds) }
        if let legend = legendPlacement(measurer: measurer, canvasWidth: canvasWidth, canvasHeight: canvasHeight) {
            parts.append(legend.placement.frame)
        }
        parts += placedTexts(measurer: measurer, canvasWidth: canvasWidth, canvasHeight: canvasHeight).map(\.bounds)
        guard var bounds = parts.first else { return Rect(x: 0, y: 0, width: canvasWidth, height: canvasHeight) }
        for part in parts.dropFirst() { bounds = bounds.union(part) }
        return bounds
    }

    /// The figure texts at their places on a canvas of the given size.
    private func placedTexts(measurer: any TextMeasurer, canvasWidth: Double, canvasHeight: Double) -> [PlacedText] {
        texts.map { item in
            PlacedText(item.text, style: item.style, anchor: Point(item.x * canvasWidth, (1 - item.y) * canvasHeight),
                       alignment: item.alignment, measurer: measurer)
        }
    }

    /// Draws the whole figure with `renderer`.
    public func draw(with renderer: any Renderer) {
        applyLayout(measurer: renderer)
        drawLaidOut(with: renderer)
    }

    /// Records what the drawing with `renderer` could not do as asked.
    private func collectWarnings(from renderer: any TextMeasurer) {
        drawWarnings = layoutWarning.map { [$0] } ?? []
        let missing = renderer.missingCharacters.sorted { $0.value < $1.value }
        if !missing.isEmpty { drawWarnings.append(.missingGlyphs(missing)) }
    }

    /// Draws the figure with the axes where the last layout put them.
    private func drawLaidOut(with renderer: any Renderer) {
        defer { collectWarnings(from: renderer) }
        let size = pixelSize
        let canvas = Rect(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
        renderer.drawPath(Path(rect: canvas), fill: theme.figureFaceColor, stroke: nil, clip: nil, snap: false)
        for axes in axes {
            axes.draw(with: renderer, canvasWidth: canvas.width, canvasHeight: canvas.height)
        }
        suptitlePlacement(measurer: renderer, canvasHeight: canvas.height)?.draw(with: renderer)
        if let legend = legendPlacement(measurer: renderer, canvasWidth: canvas.width, canvasHeight: canvas.height) {
            legend.legend.draw(legend.placement, with: renderer)
        }
        for text in placedTexts(measurer: renderer, canvasWidth: canvas.width, canvasHeight: canvas.height) {
            text.draw(with: renderer)
        }
    }

    /// The encoded file in `format`.
    ///
    /// - Throws: ``PlotError/invalidFigureSize(_:)`` for a size Cairo cannot
    ///   draw, ``PlotError/cairo(_:)`` if encoding fails.
    public func encoded(as format: OutputFormat, bounds: SaveBounds = .figure) throws(PlotError) -> [UInt8] {
        try validateSize()
        switch bounds {
        case .figure:
            let size = pixelSize
            let renderer = try CairoRenderer(format: format, widthPixels: size.width, heightPixels: size.height, dpi: dpi)
            draw(with: renderer)
            return try renderer.encodedBytes()
        case .tight(let padInches):
            guard padInches.isFinite else { throw .invalidArgument("pad_inches \(padInches) is not finite") }
            let crop = try tightCanvas(padInches: padInches)
            let renderer = try CairoRenderer(format: format, widthPixels: crop.width, heightPixels: crop.height, dpi: dpi)
            drawLaidOut(with: TranslatingRenderer(renderer, dx: -crop.left, dy: -crop.top))
            return try renderer.encodedBytes()
        }
    }

    /// The cropped canvas of a tight save: its size in whole pixels, and
    /// where its top-left corner lies on the full canvas. As matplotlib, the
    /// size is truncated, and the pixel lost goes off the top and right.
    private func tightCanvas(padInches: Double) throws(PlotError) -> (width: Int, height: Int, left: Double, top: Double) {
        let measurer = try CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: dpi)
        let ink = tightBounds(measurer: measurer)
        let pad = padInches * dpi
        let box = Rect(x0: ink.minX - pad, y0: ink.minY - pad, x1: ink.maxX + pad, y1: ink.maxY + pad)
        let width = Self.wholePixels(box.width), height = Self.wholePixels(box.height)
        guard width >= 1, height >= 1, width <= 32767, height <= 32767 else {
            throw .invalidFigureSize("the tight box is \(width)×\(height) px; each side must be 1 to 32767 px")
        }
        return (width, height, box.minX, box.maxY - Double(height))
    }

    /// Writes the figure to `url` atomically, in `format` or the format its
    /// extension names.
    ///
    /// The destination is checked before drawing, and the file appears only
    /// once it is complete: a failed save leaves no partial file behind.
    public func save(to url: URL, format: OutputFormat? = nil, bounds: SaveBounds = .figure) throws(PlotError) {
        let resolved: OutputFormat
        if let format { resolved = format } else { resolved = try OutputFormat(fileExtensionOf: url) }
        try AtomicFileWriter.validateDestination(url)
        let bytes = try encoded(as: resolved, bounds: bounds)
        try AtomicFileWriter.save(bytes, to: url)
    }

    private func validateSize() throws(PlotError) {
        guard width.isFinite, height.isFinite, dpi.isFinite, width > 0, height > 0, dpi > 0 else {
            throw .invalidFigureSize("\(width)×\(height) in at \(dpi) dpi: all must be positive and finite")
        }
        let size = pixelSize
        guard size.width >= 1, size.height >= 1, size.width <= 32767, size.height <= 32767 else {
            throw .invalidFigureSize(
                "\(width)×\(height) in at \(dpi) dpi is \(size.width)×\(size.height) px; each side must be 1 to 32767 px")
        }
    }

    private static func wholePixels(_ value: Double) -> Int {
        guard value.isFinite, value < Double(Int32.max) else { return Int(Int32.max) }
        return Int((value + 1e-9).rounded(.down))
    }
}
