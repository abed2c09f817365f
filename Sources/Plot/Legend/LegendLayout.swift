/// Where matplotlib's `Legend` puts the parts of a legend, packed
/// as `Legend._init_legend_box` packs them: a `VPacker` (pad `borderpad`,
/// sep `labelspacing`, centred) of the title's `TextArea` and an `HPacker`
/// (sep `columnspacing`) of columns, each a `VPacker` (sep `labelspacing`)
/// of rows, each an `HPacker` (sep
/// `handletextpad`, baseline-aligned) of a handle `DrawingArea` and a label
/// `TextArea`. The frame is the packed box.
///
/// Positions are device pixels (y down) from the frame's top-left corner.
struct LegendLayout: Hashable, Sendable {
    /// One entry: where its handle and label go.
    struct Row: Hashable, Sendable {
        /// The handle's box; a patch handle fills it.
        var handle: Rect
        /// The height of a line handle: `(height - ydescent) / 2` above the
        /// baseline, the middle of the box when `handleheight` is 0.7.
        var lineY: Double
        /// The baseline-left origin of the label.
        var labelOrigin: Point
    }

    var width: Double
    var height: Double
    /// The baseline-left origin of the title, when there is one.
    var titleOrigin: Point?
    var rows: [Row]

    /// Lays out labels of `labels` extents under an optional title.
    ///
    /// - Parameters:
    ///   - labelLineAscent: the ascent of "lp" in the labels' font, the
    ///     least a single-line `TextArea` reaches above its baseline.
    ///   - titleLineAscent: the same in the title's font.
    ///   - fontPixels: the legend's font size in pixels, its unit of length.
    init(labels: [TextExtent], title: TextExtent?, labelLineAscent: Double, titleLineAscent: Double,
         style: Theme.LegendStyle, fontPixels: Double, columns: Int = 1, expandedWidth: Double? = nil)
    {
        typealias Packing = OffsetBoxPacking
        let handleWidth = style.handleLength * fontPixels
        let handleDescent = 0.35 * fontPixels * (style.handleHeight - 0.7)
        let handleBox = Packing.Box(
            x0: 0, y0: -handleDescent, x1: handleWidth, y1: style.handleHeight * fontPixels - 2 * handleDescent)
        let spacing = style.labelSpacing * fontPixels

        let rows = labels.map { label in
            Packing.horizontal(
                [handleBox, Self.textArea(label, lineAscent: labelLineAscent)],
                sep: style.handleTextPad * fontPixels)
        }
        // numpy's array_split: the first `count % columns` columns get one more entry.
        let columnCount = max(1, min(columns, rows.count))
        var columnRanges: [Range<Int>] = []
        var start = 0
        for index in 0..<columnCount {
            let length = rows.count / columnCount + (index < rows.count % columnCount ? 1 : 0)
            columnRanges.append(start..<start + length)
            start += length
        }
        let columnPackings = columnRanges.map { range in Packing.vertical(rows[range].map(\.box), sep: spacing) }
        // mode="expand": the columns spread over the given width, the gaps shared equally.
        let columnWidths = columnPackings.map(\.box.width).reduce(0, +)
        let columnSeparation = expandedWidth.map { width in
            columnPackings.count > 1 ? (width - columnWidths) / Double(columnPackings.count - 1) : 0
        } ?? style.columnSpacing * fontPixels
        var columns = Packing.horizontal(columnPackings.map(\.box), sep: columnSeparation)
        if let expandedWidth, columnPackings.count == 1 { columns.box.x1 = columns.box.x0 + expandedWidth }
        let titleBox = title.map { Self.textArea($0, lineAscent: titleLineAscent) }
        let legend = Packing.vertical(
            (titleBox.map { [$0] } ?? []) + [columns.box], sep: spacing,
            pad: style.borderPad * fontPixels, align: .center)

        // From matplotlib's coordinates (y up, around the legend's origin)
        // to the frame's (y down, from its top-left corner).
        let frame = legend.box
        func device(_ point: Point) -> Point { Point(point.x - frame.x0, frame.y1 - point.y) }
        func plus(_ a: Point, _ b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }

        width = frame.width
        height = frame.height
        titleOrigin = titleBox == nil ? nil : legend.offsets.first.map(device)
        let columnsOrigin = legend.offsets[legend.offsets.count - 1]
        let rowOffsets = zip(columnRanges, zip(columnPackings, columns.offsets)).flatMap { range, column in
            column.0.offsets.map { plus(plus(columnsOrigin, column.1), $0) }.prefix(range.count)
        }
        self.rows = zip(rows, rowOffsets).map { row, rowOrigin in
            let handleOrigin = plus(rowOrigin, row.offsets[0])
            let corner = device(Point(handleOrigin.x + handleBox.x0, handleOrigin.y + handleBox.y1))
            return Row(
                handle: Rect(x: corner.x, y: corner.y, width: handleBox.width, height: handleBox.height),
                lineY: device(Point(0, handleOrigin.y + handleBox.y1 / 2)).y,
                labelOrigin: device(plus(rowOrigin, row.offsets[1])))
        }
    }

    /// A single-line `TextArea`'s box: the text from its baseline-left
    /// origin, reaching at least as high as "lp".
    private static func textArea(_ extent: TextExtent, lineAscent: Double) -> OffsetBoxPacking.Box {
        OffsetBoxPacking.Box(x0: 0, y0: -extent.descent, x1: extent.width, y1: max(lineAscent, extent.ascent))
    }
}
