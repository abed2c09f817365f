/// Receives what ``CSVScanner`` finds, field by field and record by record.
protocol CSVRecordSink {
    /// Field `index` of the record that starts on `line`, unquoted (RFC 4180:
    /// surrounding quotes removed, doubled quotes made single).
    mutating func field(_ bytes: [UInt8], index: Int, line: Int) throws(CSVProblem)
    /// The end of the record that starts on `line`, after its `fieldCount` fields.
    mutating func endRecord(fieldCount: Int, line: Int) throws(CSVProblem)
    /// A blank line (nothing but spaces or tabs), which is no record.
    mutating func blankLine(_ line: Int) throws(CSVProblem)
}

/// Splits comma-separated bytes into fields and records as RFC 4180 reads
/// them, a chunk at a time, so that a large file never has to be in memory.
///
/// Records end at LF, CRLF or a lone CR. A UTF-8 byte-order mark at the very
/// start is skipped. Blank lines (nothing but spaces or tabs) are no
/// records; the sink hears of them. A quote inside an unquoted field is kept
/// as text; after a closing quote only spaces, tabs, a comma or a line end
/// may follow.
///
/// Text never holds a NUL byte, so one is an error (the input is UTF-16 or
/// binary, or a NUL would silently end a number). A field may hold at most
/// ``maximumFieldLength`` bytes and a record ``maximumRecordLength``, so that
/// an endless line (`/dev/zero`, a stream without line ends) is an error
/// naming its line, not unbounded memory.
///
/// ```swift
/// var scanner = CSVScanner()
/// try scanner.scan(chunk, into: &sink)   // as often as there are chunks
/// try scanner.finish(into: &sink)
/// ```
struct CSVScanner {
    private enum State {
        /// Matching the byte-order mark; `matched` bytes of it so far.
        case byteOrderMark(matched: Int)
        case fieldStart
        case unquoted
        case quoted
        /// Just saw a quote inside a quoted field: a closing quote or the
        /// first of a doubled pair.
        case quoteInQuoted
        /// After a closing quote, where only padding may precede the separator.
        case afterQuoted
    }

    /// The longest field accepted: 1 MiB (a number needs a few dozen bytes).
    static let maximumFieldLength = 1 << 20
    /// The longest record accepted: 64 MiB (millions of fields).
    static let maximumRecordLength = 64 << 20

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    private var state = State.byteOrderMark(matched: 0)
    private var field: [UInt8] = []
    private var fieldIndex = 0
    private var fieldWasQuoted = false
    /// The physical line the scanner is on (1-based).
    private var line = 1
    /// The line on which the current record began.
    private var recordLine = 1
    /// A CR just ended a record: a following LF belongs to it.
    private var swallowLineFeed = false
    /// The bytes of the current record so far.
    private var recordLength = 0

    /// Scans the next chunk of the input.
    mutating func scan(_ bytes: ArraySlice<UInt8>, into sink: inout some CSVRecordSink) throws(CSVProblem) {
        var position = bytes.startIndex
        while position < bytes.endIndex {
            if case .unquoted = state {
                // The common case: copy a run of plain bytes in one step.
                let runEnd = bytes[position...].firstIndex(where: Self.endsUnquotedText) ?? bytes.endIndex
                field.append(contentsOf: bytes[position..<runEnd])
                recordLength += runEnd - position
                try checkLengths()
                position = runEnd
                if position == bytes.endIndex { return }
            }
            try consume(bytes[position], into: &sink)
            position += 1
        }
    }

    /// Whether `byte` ends a run of unquoted field text (NUL too, to be refused).
    private static func endsUnquotedText(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn || byte == 0
    }

    private func checkLengths() throws(CSVProblem) {
        if field.count > Self.maximumFieldLength {
            throw .fieldTooLong(line: recordLine, limit: Self.maximumFieldLength)
        }
        if recordLength > Self.maximumRecordLength {
            throw .recordTooLong(line: recordLine, limit: Self.maximumRecordLength)
        }
    }

    /// Ends the input: completes a last record that has no line end.
    mutating func finish(into sink: inout some CSVRecordSink) throws(CSVProblem) {
        switch state {
        case .byteOrderMark(let matched):
            state = .fieldStart
            try scan(Self.byteOrderMark.prefix(matched), into: &sink)
            try finish(into: &sink)
        case .quoted:
            throw .unterminatedQuote(line: recordLine)
        case .fieldStart where fieldIndex == 0:
            return
        case .fieldStart, .unquoted, .quoteInQuoted, .afterQuoted:
            try endRecord(into: &sink)
        }
    }

    /// Consumes one byte that is not part of an unquoted run, refusing NUL
    /// and checking the lengths once the byte is in.
    private mutating func consume(_ byte: UInt8, into sink: inout some CSVRecordSink) throws(CSVProblem) {
        guard byte != 0 else { throw .nulByte(line: line) }
        recordLength += 1
        try interpret(byte, into: &sink)
        try checkLengths()
    }

    private mutating func interpret(_ byte: UInt8, into sink: inout some CSVRecordSink) throws(CSVProblem) {
        if swallowLineFeed {
            swallowLineFeed = false
            if byte == Self.lineFeed { return }
        }
        switch state {
        case .byteOrderMark(let matched):
            if byte == Self.byteOrderMark[matched] {
                state = matched + 1 == Self.byteOrderMark.count ? .fieldStart : .byteOrderMark(matched: matched + 1)
                return
            }
            state = .fieldStart
            try scan(Self.byteOrderMark.prefix(matched), into: &sink)
            try interpret(byte, into: &sink)
        case .fieldStart, .unquoted:
            if case .fieldStart = state, byte == Self.quote {
                fieldWasQuoted = true
                state = .quoted
            } else if byte == Self.comma {
                try endField(into: &sink)
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                try endLine(with: byte, into: &sink)
            } else {
                field.append(byte)
                state = .unquoted
            }
        case .quoted:
            if byte == Self.quote {
                state = .quoteInQuoted
            } else {
                if byte == Self.lineFeed { line += 1 }
                field.append(byte)
            }
        case .quoteInQuoted, .afterQuoted:
            if case .quoteInQuoted = state, byte == Self.quote {
                field.append(byte)
                state = .quoted
            } else if byte == Self.comma {
                try endField(into: &sink)
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                try endLine(with: byte, into: &sink)
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                state = .afterQuoted
            } else {
                throw .textAfterClosingQuote(line: line)
            }
        }
    }

    private mutating func endLine(with byte: UInt8, into sink: inout some CSVRecordSink) throws(CSVProblem) {
        line += 1
        swallowLineFeed = byte == Self.carriageReturn
        try endRecord(into: &sink)
        recordLine = line
        recordLength = 0
    }

    private mutating func endField(into sink: inout some CSVRecordSink) throws(CSVProblem) {
        try sink.field(field, index: fieldIndex, line: recordLine)
        fieldIndex += 1
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
        state = .fieldStart
    }

    private mutating func endRecord(into sink: inout some CSVRecordSink) throws(CSVProblem) {
        let isBlank = fieldIndex == 0 && !fieldWasQuoted && field.allSatisfy(NumericField.isPadding)
        if isBlank {
            field.removeAll(keepingCapacity: true)
            state = .fieldStart
            try sink.blankLine(recordLine)
            return
        }
        let fieldCount = fieldIndex + 1
        try endField(into: &sink)
        fieldIndex = 0
        try sink.endRecord(fieldCount: fieldCount, line: recordLine)
    }
}
