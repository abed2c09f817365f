import Testing

/// One row of docs/BAD_INPUT.md as `vi-gallery` meets it: the data file, the
/// command, and the exit status and message the table promises.
struct BadInputCommandLineCase: Sendable, CustomTestStringConvertible {
    /// What the working folder holds before the run, besides `data.csv`.
    enum Setup: Sendable {
        case nothing
        /// An empty folder of this name.
        case folder(String)
        /// A plain file of this name.
        case file(String)
    }

    /// The row's ID in docs/BAD_INPUT.md.
    let row: String
    /// The bytes of `data.csv`, or `nil` for no data file.
    let data: [UInt8]?
    let arguments: [String]
    let setup: Setup
    let status: Int32
    /// Text standard error must contain (the error or the warning).
    let message: String

    init(
        _ row: String, data: String? = "x\n1\n2\n3\n", _ arguments: [String], setup: Setup = .nothing,
        status: Int32, _ message: String
    ) {
        self.init(row, bytes: data.map { Array($0.utf8) }, arguments, setup: setup, status: status, message)
    }

    init(_ row: String, bytes: [UInt8]?, _ arguments: [String], setup: Setup = .nothing, status: Int32, _ message: String) {
        self.row = row
        self.data = bytes
        self.arguments = arguments
        self.setup = setup
        self.status = status
        self.message = message
    }

    var testDescription: String { "\(row): vi-gallery \(arguments.joined(separator: " "))" }

    /// `distplot data.csv --output figure.png` plus `extra`.
    static func distplot(_ extra: [String] = []) -> [String] {
        ["distplot", "data.csv", "--output", "figure.png"] + extra
    }

    static let all: [BadInputCommandLineCase] = [
        .init("empty-file", data: "", distplot(), status: 1, "data.csv: no data: the input is empty or has only blank lines"),
        .init("header-only", data: "x\n", distplot(), status: 1, "data.csv: no data rows: only a header (x)"),
        .init("one-value", data: "x\n4.2\n", distplot(), status: 0, "density curve skipped: 1 value with zero variance"),
        .init("two-equal-values", data: "x\n3\n3\n", distplot(), status: 0, "density curve skipped: 2 values with zero variance"),
        .init("constant", data: "x\n" + String(repeating: "7.5\n", count: 100), distplot(), status: 0,
              "density curve skipped: 100 values with zero variance"),
        .init("non-finite-mixed", data: "x\n1\nnan\n2\ninf\n-inf\n3\n", distplot(), status: 0,
              "data.csv, column 'x' (index 0): 3 observations were removed for a NaN or infinite value"),
        .init("all-non-finite", data: "x\nnan\ninf\n-inf\n", distplot(), status: 1,
              "data.csv, column 'x' (index 0): no finite data values"),
        .init("text-in-column", data: "x\n1\n2\nabc\n", distplot(), status: 1,
              "data.csv: line 4, column 'x' (index 0): 'abc' is not a number"),
        .init("missing-column", data: "x,y\n1,2\n", distplot(["--column", "z"]), status: 1,
              "data.csv: no column named 'z'; the header has: 'x', 'y'"),
        .init("column-out-of-range", data: "x,y\n1,2\n", distplot(["--column", "5"]), status: 1,
              "data.csv: column index 5 is out of range: rows have 2 fields (indices 0 to 1)"),
        .init("ragged-rows", data: "x,y\n1,2\n3,4,5\n", distplot(), status: 1,
              "data.csv: line 3: expected 2 fields (as in the first row), found 3"),
        .init("unterminated-quote", data: "x\n\"1\n2\n", distplot(), status: 1, "data.csv: line 2: a quoted field is never closed"),
        .init("utf8-bom", bytes: [0xEF, 0xBB, 0xBF] + Array("x,y\n1,5\n2,6\n3,7\n".utf8), distplot(["--column", "x"]),
              status: 0, "wrote figure.png"),
        .init("crlf", data: "x\r\n1\r\n2\r3\r\n", distplot(), status: 0, "wrote figure.png"),
        .init("range-overflow", data: "x\n1e308\n-1e308\n0\n", distplot(), status: 1,
              "data.csv, column 'x' (index 0): the range [-1e+308, 1e+308] is wider than the largest double; rescale the data"),
        .init("variance-overflow", data: "x\n1e300\n2e300\n3e300\n", distplot(), status: 0,
              "their variance overflows a double (the spread must stay below about 1e154)"),
        .init("variance-underflow", data: "x\n1e-300\n2e-300\n3e-300\n", distplot(), status: 0,
              "they are distinct, but their variance underflows a double"),
        .init("denormal-bins", data: "x\n1e-310\n2e-310\n3e-310\n", distplot(), status: 1,
              "are too narrow for density heights, which overflow to infinity"),
        .init("huge-constant", data: "x\n1.7976931348623157e308\n1.7976931348623157e308\n", distplot(), status: 0,
              "density curve skipped: 2 values with zero variance"),
        .init("bins-zero", distplot(["--bins", "0"]), status: 2, "unknown bins '0'; give a positive bin count or one of: auto"),
        .init("bins-negative", distplot(["--bins=-3"]), status: 2, "unknown bins '-3'; give a positive bin count"),
        .init("bins-negative", distplot(["--bins", "-3"]), status: 2, "unknown bins '-3'; give a positive bin count"),
        .init("bins-huge", distplot(["--bins", "1000000000"]), status: 2,
              "1000000000 bins are more than a figure can show (and would take gigabytes); give at most 100000"),
        .init("missing-output-folder", ["distplot", "data.csv", "--output", "absent/figure.png"], status: 1,
              "the folder absent does not exist: create it first"),
        .init("missing-output-folder", ["render", "components", "--output", "absent/deeper", "--format", "svg"], status: 0,
              "Wrote 1 file to absent/deeper"),
        .init("unwritable-output-folder", ["distplot", "data.csv", "--output", "blocker/figure.png"], setup: .file("blocker"),
              status: 1, "cannot write blocker/figure.png: blocker is not a folder"),
        .init("unwritable-output-folder", ["all", "--output", "blocker"], setup: .file("blocker"), status: 1,
              "cannot create the output folder blocker: a file of that name is in the way"),
        .init("unwritable-output-folder", ["all", "--output", "blocker/inside"], setup: .file("blocker"), status: 1,
              "cannot create the output folder blocker/inside: Not a directory"),
        .init("output-is-directory", ["distplot", "data.csv", "--output", "taken.png"], setup: .folder("taken.png"), status: 1,
              "taken.png is a folder: give a file name such as"),
        .init("unknown-figure", ["render", "no-such-figure"], status: 2, "unknown figure 'no-such-figure'; valid figures: components"),
        .init("unknown-format", ["render", "components", "--format", "gif"], status: 2,
              "unknown format 'gif'; valid formats: png, pdf, svg"),
        .init("unknown-format", ["distplot", "data.csv", "--output", "f.jpg"], status: 2,
              "--output f.jpg: the extension must name a format: png, pdf, svg"),
        .init("missing-input-file", data: nil, ["distplot", "missing.csv"], status: 1,
              "missing.csv: cannot read: No such file or directory"),
    ]
}
