/// One numeric column read from a CSV source.
struct NumericColumn: Equatable {
    /// The column's index and, when the source has a header, its name.
    let label: ColumnLabel
    /// The values in row order, NaN and infinities included (an empty field is NaN).
    let values: [Double]
}

/// Reads one numeric column of a CSV source, streaming: only the chosen
/// column's values are kept, so memory is about 8 bytes a row plus one chunk
/// (and one field: even the first row is not kept whole, see ``FirstRow``).
///
/// The first row is a header when the chosen column's field in it is not a
/// number; with `--column NAME` it must be a header (some field not a
/// number) that contains the name. Every row must have as many fields as
/// the first. In a one-column source a blank line after the first row is an
/// empty field, so a missing value (NaN); elsewhere blank lines are skipped.
/// See ``NumericField`` for the accepted number forms.
///
/// ```swift
/// let column = try NumericColumnReader.read(.file(path: "data.csv"), column: .name("price"))
/// column.values
/// ```
struct NumericColumnReader: CSVRecordSink {
    /// The shape learned from the first row.
    private struct Layout {
        let column: ColumnLabel
        let fieldCount: Int
        /// The header's names, `nil` when the first row is data.
        let headerNames: HeaderNames?
    }

    private let selector: ColumnSelector
    private var firstRow: FirstRow
    private var layout: Layout?
    private var values: [Double] = []

    /// Reads the column `column` of `source`, `chunkSize` bytes at a time.
    static func read(
        _ source: CSVSource, column: ColumnSelector, chunkSize: Int = 1 << 20
    ) throws(CSVError) -> NumericColumn {
        try read(named: source.name, column: column) { (body) throws(CSVProblem) in
            try source.forEachChunk(chunkSize: chunkSize, body)
        }
    }

    /// Reads the column `column` of `bytes` already in memory, handed to the
    /// scanner `chunkSize` bytes at a time (so that a caller can split the
    /// input anywhere, as the fuzz target does); `name` is the source in messages.
    static func read(
        bytes: [UInt8], named name: String, column: ColumnSelector, chunkSize: Int
    ) throws(CSVError) -> NumericColumn {
        try read(named: name, column: column) { (body) throws(CSVProblem) in
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let end = start + min(max(chunkSize, 1), bytes.endIndex - start)
                try body(bytes[start..<end])
                start = end
            }
        }
    }

    /// Scans the chunks that `chunks` hands to its argument, then reads the column.
    private static func read(
        named name: String, column: ColumnSelector,
        chunks: ((ArraySlice<UInt8>) throws(CSVProblem) -> Void) throws(CSVProblem) -> Void
    ) throws(CSVError) -> NumericColumn {
        var reader = NumericColumnReader(selector: column)
        var scanner = CSVScanner()
        do {
            try chunks { (chunk) throws(CSVProblem) in
                try scanner.scan(chunk, into: &reader)
            }
            try scanner.finish(into: &reader)
            return try reader.column()
        } catch {
            throw CSVError(source: name, problem: error)
        }
    }

    private init(selector: ColumnSelector) {
        self.selector = selector
        firstRow = FirstRow(selector: selector)
    }

    mutating func field(_ bytes: [UInt8], index: Int, line: Int) throws(CSVProblem) {
        guard let layout else {
            firstRow.add(bytes, index: index)
            return
        }
        guard index == layout.column.index else { return }
        values.append(try Self.number(bytes, line: line, column: layout.column))
    }

    mutating func endRecord(fieldCount: Int, line: Int) throws(CSVProblem) {
        guard let layout else {
            try learnLayout(line: line)
            return
        }
        guard fieldCount == layout.fieldCount else {
            throw .raggedRow(line: line, expected: layout.fieldCount, found: fieldCount)
        }
    }

    mutating func blankLine(_ line: Int) throws(CSVProblem) {
        if layout?.fieldCount == 1 { values.append(.nan) }
    }

    /// Decides from the first row whether it is a header and which field is the column.
    private mutating func learnLayout(line: Int) throws(CSVProblem) {
        let chosen: FirstRow.Field
        let hasHeader: Bool
        switch selector {
        case .name(let name):
            guard firstRow.hasText else { throw .noHeader(name: name) }
            guard let found = firstRow.chosen else { throw .columnNotFound(name: name, header: firstRow.names) }
            chosen = found
            hasHeader = true
        case .index(let index):
            guard let found = firstRow.chosen else {
                throw .columnOutOfRange(index: index, fieldCount: firstRow.fieldCount)
            }
            chosen = found
            hasHeader = NumericField.value(of: found.bytes) == nil
        }
        let name = NumericField.displayText(of: NumericField.trimmed(chosen.bytes), limit: Self.nameLimit)
        let column = ColumnLabel(index: chosen.index, name: hasHeader ? name : nil)
        if !hasHeader {
            values.append(try Self.number(chosen.bytes, line: line, column: column))
        }
        layout = Layout(column: column, fieldCount: firstRow.fieldCount, headerNames: hasHeader ? firstRow.names : nil)
        firstRow = FirstRow(selector: selector)
    }

    /// The longest column name kept (in characters) for messages and the axis label.
    private static let nameLimit = 100

    private func column() throws(CSVProblem) -> NumericColumn {
        guard let layout else { throw .noData }
        guard !values.isEmpty else { throw .headerOnly(names: layout.headerNames ?? HeaderNames()) }
        return NumericColumn(label: layout.column, values: values)
    }

    private static func number(_ bytes: [UInt8], line: Int, column: ColumnLabel) throws(CSVProblem) -> Double {
        guard let value = NumericField.value(of: bytes) else {
            throw .notANumber(line: line, column: column, value: NumericField.displayText(of: bytes))
        }
        return value
    }
}
