/// A CSV input that cannot be read as one numeric column, with the place
/// (source, line, column) and the offending text.
struct CSVError: Error, Equatable, CustomStringConvertible {
    /// The file path, or `standard input`.
    let source: String
    /// What is wrong, and where in the source.
    let problem: CSVProblem

    var description: String { "\(source): \(problem)" }
}

/// What can be wrong with a CSV source. Lines are 1-based physical lines
/// (the line a record starts on); column indices are 0-based, as `--column`.
enum CSVProblem: Error, Equatable, CustomStringConvertible {
    /// The source could not be opened or read.
    case unreadable(reason: String)
    /// The source has no rows at all (empty, or only blank lines).
    case noData
    /// The source has a header row and nothing after it.
    case headerOnly(names: HeaderNames)
    /// A row has a different number of fields from the first row.
    case raggedRow(line: Int, expected: Int, found: Int)
    /// `--column NAME` names no field of the header.
    case columnNotFound(name: String, header: HeaderNames)
    /// `--column NAME` was given but the first row is all numbers.
    case noHeader(name: String)
    /// `--column INDEX` is past the last field.
    case columnOutOfRange(index: Int, fieldCount: Int)
    /// A field of the chosen column is not a number.
    case notANumber(line: Int, column: ColumnLabel, value: String)
    /// A quoted field is still open at the end of the input.
    case unterminatedQuote(line: Int)
    /// A closing quote is followed by something other than a separator.
    case textAfterClosingQuote(line: Int)
    /// A NUL byte, which text never holds: UTF-16 or binary input.
    case nulByte(line: Int)
    /// A field longer than the limit (in bytes), such as an endless line.
    case fieldTooLong(line: Int, limit: Int)
    /// A record longer than the limit (in bytes).
    case recordTooLong(line: Int, limit: Int)

    var description: String {
        switch self {
        case .unreadable(let reason):
            return "cannot read: \(reason)"
        case .noData:
            return "no data: the input is empty or has only blank lines"
        case .headerOnly(let names):
            return "no data rows: only a header (\(names.list))"
        case .raggedRow(let line, let expected, let found):
            return "line \(line): expected \(expected) field\(expected == 1 ? "" : "s") (as in the first row), found \(found)"
        case .columnNotFound(let name, let header):
            return "no column named '\(NumericField.displayText(of: Array(name.utf8)))'; the header has: \(header.quotedList)"
        case .noHeader(let name):
            return "cannot find column '\(name)': the first row is all numbers, so there is no header; select the column by its 0-based index"
        case .columnOutOfRange(let index, let fieldCount):
            return "column index \(index) is out of range: rows have \(fieldCount) field\(fieldCount == 1 ? "" : "s") (indices 0 to \(fieldCount - 1))"
        case .notANumber(let line, let column, let value):
            return "line \(line), \(column): '\(value)' is not a number"
        case .unterminatedQuote(let line):
            return "line \(line): a quoted field is never closed"
        case .textAfterClosingQuote(let line):
            return "line \(line): text follows a closing quote; write a quote inside a quoted field as \"\""
        case .nulByte(let line):
            return "line \(line) holds a NUL byte, which text never does: the input looks like UTF-16 or binary "
                + "data, not UTF-8 CSV; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
        case .fieldTooLong(let line, let limit):
            return "line \(line): a field is longer than \(limit) bytes, the limit; is this a CSV file? "
                + "(an endless line, a stray opening quote, or no line ends)"
        case .recordTooLong(let line, let limit):
            return "line \(line): the line is longer than \(limit) bytes, the limit; is this a CSV file with line ends?"
        }
    }
}

/// A column as messages name it: its 0-based index and, with a header, its name.
struct ColumnLabel: Equatable, CustomStringConvertible {
    let index: Int
    let name: String?

    var description: String {
        if let name { return "column '\(name)' (index \(index))" }
        return "column \(index)"
    }
}
