/// matplotlib's constrained layout for one subplot grid
/// (`_constrained_layout.do_constrained_layout`), solved in closed form.
///
/// Each axes asks for margins: how far its decorations reach beyond its box
/// (tick labels, labels across, titles in height; see
/// `AxesDecorations.layoutBounds(axes:measurer:)`) plus a pad. Every
/// column takes the largest left and right margins of its axes, every row
/// the largest top and bottom ones, the suptitle and an outside figure
/// legend take bands at the figure's edges,
/// and the columns (rows) share what is left equally. As matplotlib, the
/// layout runs twice, since moved axes get new tick labels.
public struct ConstrainedLayout: Sendable, Hashable {
    /// Space around each axes, in inches (`figure.constrained_layout.w_pad`).
    public var widthPad: Double
    /// Space around each axes, in inches (`figure.constrained_layout.h_pad`).
    public var heightPad: Double
    /// Space between columns as a fraction of the figure width, shared by
    /// the columns (`wspace`).
    public var widthSpace: Double
    /// Space between rows as a fraction of the figure height (`hspace`).
    public var heightSpace: Double

    public init(widthPad: Double = 3.0 / 72, heightPad: Double = 3.0 / 72, widthSpace: Double = 0.02,
                heightSpace: Double = 0.02) {
        self.widthPad = widthPad
        self.heightPad = heightPad
        self.widthSpace = widthSpace
        self.heightSpace = heightSpace
    }

    /// The margins of one cell, in figure fractions: those of the
    /// decorations and those of the pads (matplotlib's `left` and `leftcb`).
    private struct Margins {
        var left = 0.0, right = 0.0, top = 0.0, bottom = 0.0
        var leftPad = 0.0, rightPad = 0.0, topPad = 0.0, bottomPad = 0.0

        /// Takes the larger of each left/right (or top/bottom) margin.
        mutating func widen(to other: Margins, horizontally: Bool) {
            if horizontally {
                (left, leftPad) = (max(left, other.left), max(leftPad, other.leftPad))
                (right, rightPad) = (max(right, other.right), max(rightPad, other.rightPad))
            } else {
                (top, topPad) = (max(top, other.top), max(topPad, other.topPad))
                (bottom, bottomPad) = (max(bottom, other.bottom), max(bottomPad, other.bottomPad))
            }
        }
    }

    /// Moves the axes of `figure` made in subplot grids to their
    /// constrained positions, measuring text with `measurer`.
    ///
    /// - Returns: a warning when the decorations leave no room for an axes
    ///   (matplotlib's "constrained_layout not applied"); the axes then keep
    ///   their positions.
    @discardableResult
    func apply(to figure: Figure, measurer: any TextMeasurer) -> PlotWarning? {
        let cells = figure.axes.filter { $0.gridCell != nil }
        guard let grid = cells.first?.gridCell else { return nil }
        let (rows, columns) = (grid.rows, grid.columns)
        let size = figure.pixelSize
        let (canvasWidth, canvasHeight) = (Double(size.width), Double(size.height))
        let wPad = widthPad / figure.width, hPad = heightPad / figure.height
        for _ in 0..<2 {
            var columnMargins = Array(repeating: Margins(), count: columns)
            var rowMargins = Array(repeating: Margins(), count: rows)
            for axes in cells {
                guard let cell = axes.gridCell, cell.rows == rows, cell.columns == columns else { continue }
                let own = margins(of: axes, cell: cell, wPad: wPad, hPad: hPad, measurer: measurer,
                                  canvas: (canvasWidth, canvasHeight))
                // A column takes the widest left and right margins of its axes, a row the tallest.
                columnMargins[cell.column].widen(to: own, horizontally: true)
                rowMargins[cell.row].widen(to: own, horizontally: false)
            }
            let band = figureBands(figure, measurer: measurer, canvas: (canvasWidth, canvasHeight), wPad: wPad, hPad: hPad)
            let horizontal = columnMargins.reduce(0) { $0 + $1.left + $1.leftPad + $1.right + $1.rightPad }
            let vertical = rowMargins.reduce(0) { $0 + $1.top + $1.topPad + $1.bottom + $1.bottomPad }
            let innerWidth = (1 - band.left - band.right - horizontal) / Double(columns)
            let innerHeight = (1 - band.top - band.bottom - vertical) / Double(rows)
            guard innerWidth > 0, innerHeight > 0 else {
                return .layoutNotApplied(
                    "constrained layout not applied: the axes decorations need more room than the figure has")
            }
            var lefts: [Double] = []
            var x = band.left
            for margin in columnMargins {
                lefts.append(x + margin.leftPad + margin.left)
                x += margin.leftPad + margin.left + innerWidth + margin.right + margin.rightPad
            }
            var tops: [Double] = []
            var y = 1 - band.top
            for margin in rowMargins {
                tops.append(y - margin.topPad - margin.top)
                y -= margin.topPad + margin.top + innerHeight + margin.bottom + margin.bottomPad
            }
            for axes in cells {
                guard let cell = axes.gridCell, cell.rows == rows, cell.columns == columns else { continue }
                axes.layoutPosition = (
                    left: lefts[cell.column], bottom: tops[cell.row] - innerHeight, width: innerWidth,
                    height: innerHeight)
            }
        }
        return nil
    }

    /// The figure's own margins, in figure fractions (`make_margin_suptitles`
    /// and the figure-legend part of `make_layout_margins`): the suptitle's
    /// height and a pad on each side at the top, and an outside figure
    /// legend's height (or width) and two pads on its side; the larger wins.
    private func figureBands(
        _ figure: Figure, measurer: any TextMeasurer, canvas: (width: Double, height: Double), wPad: Double, hPad: Double
    ) -> (left: Double, right: Double, top: Double, bottom: Double) {
        var band = (left: 0.0, right: 0.0, top: 0.0, bottom: 0.0)
        if let suptitle = figure.suptitlePlacement(measurer: measurer, canvasHeight: canvas.height) {
            band.top = suptitle.bounds.height / canvas.height + 2 * hPad
        }
        if let side = figure.legend?.side,
            let legend = figure.legendPlacement(measurer: measurer, canvasWidth: canvas.width, canvasHeight: canvas.height)
        {
            let frame = legend.placement.frame
            let height = frame.height / canvas.height + 2 * hPad, width = frame.width / canvas.width + 2 * wPad
            switch side {
            case .top: band.top = max(band.top, height)
            case .bottom: band.bottom = max(band.bottom, height)
            case .left: band.left = max(band.left, width)
            case .right: band.right = max(band.right, width)
            }
        }
        return band
    }

    /// What one axes asks of its cell (`get_margin_from_padding` +
    /// `make_layout_margins`).
    private func margins(
        of axes: Axes, cell: GridCell, wPad: Double, hPad: Double, measurer: any TextMeasurer,
        canvas: (width: Double, height: Double)
    ) -> Margins {
        var margins = Margins()
        let halfW = widthSpace / 2 / Double(cell.columns), halfH = heightSpace / 2 / Double(cell.rows)
        margins.leftPad = halfW > wPad && cell.column > 0 ? halfW : wPad
        margins.rightPad = halfW > wPad && cell.column < cell.columns - 1 ? halfW : wPad
        margins.topPad = halfH > hPad && cell.row > 0 ? halfH : hPad
        margins.bottomPad = halfH > hPad && cell.row < cell.rows - 1 ? halfH : hPad
        let transform = axes.transform(canvasWidth: canvas.width, canvasHeight: canvas.height)
        let decorations = AxesDecorations(axes: axes, transform: transform, measurer: measurer)
        let tight = decorations.layoutBounds(axes: axes, measurer: measurer)
        let box = transform.box
        margins.left = (box.minX - tight.minX) / canvas.width
        margins.right = (tight.maxX - box.maxX) / canvas.width
        margins.top = (box.minY - tight.minY) / canvas.height
        margins.bottom = (tight.maxY - box.maxY) / canvas.height
        return margins
    }
}
