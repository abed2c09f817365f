import Foundation
import Plot
import Stats
import Testing

/// One row of docs/BAD_INPUT.md as the library meets it: a call of
/// `Axes.distplot`, `GaussianKDE` or `Figure.save`, and what it must do.
struct BadInputLibraryCase: Sendable, CustomTestStringConvertible {
    /// Where a figure is saved, relative to a fresh temporary folder.
    enum Destination: Sendable {
        /// `absent/figure.png`, in a folder that does not exist.
        case absentFolder
        /// `blocker/figure.png`, where `blocker` is a plain file.
        case fileAsFolder
        /// `taken.png`, an existing folder.
        case existingFolder
        /// `figure.EXT`.
        case fileExtension(String)
    }

    enum Call: Sendable {
        case distplot([Double], bins: Bins? = nil, kdeOptions: KDEOptions = KDEOptions())
        case kde([Double], bandwidth: BandwidthRule)
        case save(Destination)
    }

    enum Outcome: Sendable {
        /// Throws an error whose message contains the text.
        case fails(String)
        /// Draws, with a warning whose message contains the text.
        case warns(String)
    }

    /// The row's ID in docs/BAD_INPUT.md.
    let row: String
    let call: Call
    let outcome: Outcome

    init(_ row: String, _ call: Call, _ outcome: Outcome) {
        self.row = row
        self.call = call
        self.outcome = outcome
    }

    var testDescription: String { row }

    static let all: [BadInputLibraryCase] = [
        .init("empty-file", .distplot([]), .fails("no finite data values")),
        .init("one-value", .distplot([4.2]), .warns("density curve skipped: 1 value with zero variance")),
        .init("two-equal-values", .distplot([3, 3]), .warns("density curve skipped: 2 values with zero variance")),
        .init("constant", .distplot(Array(repeating: 7.5, count: 100)), .warns("100 values with zero variance")),
        .init("non-finite-mixed", .distplot([1, .nan, 2, .infinity, -.infinity, 3]),
              .warns("3 observations were removed for a NaN or infinite value")),
        .init("all-non-finite", .distplot([.nan, .infinity, -.infinity]), .fails("no finite data values")),
        .init("range-overflow", .distplot([1e308, -1e308, 0]),
              .fails("the range [-1e+308, 1e+308] is wider than the largest double; rescale the data")),
        .init("variance-overflow", .distplot([1e300, 2e300, 3e300]),
              .warns("their variance overflows a double (the spread must stay below about 1e154)")),
        .init("variance-underflow", .distplot([1e-300, 2e-300, 3e-300]),
              .warns("they are distinct, but their variance underflows a double")),
        .init("denormal-bins", .distplot([1.0, 2, 3].map { $0 * 1e-160 * 1e-150 }),  // 1e-310 … (subnormal)
              .fails("are too narrow for density heights, which overflow to infinity")),
        .init("huge-constant", .distplot([.greatestFiniteMagnitude, .greatestFiniteMagnitude]),
              .warns("density curve skipped: 2 values with zero variance")),
        .init("bins-zero", .distplot([1, 2, 3], bins: .count(0)), .fails("bin count 0 must be at least 1")),
        .init("bins-negative", .distplot([1, 2, 3], bins: .count(-3)), .fails("bin count -3 must be at least 1")),
        .init("bins-huge", .distplot([1, 2, 3], bins: .count(1_000_000_000)),
              .fails("1000000000.0 bins requested, more than the limit of 10000000")),
        .init("negative-bandwidth", .distplot([1, 2, 3], kdeOptions: adjusted(by: -1)),
              .fails("bandwidth adjustment -1.0 is invalid")),
        .init("negative-bandwidth", .kde([1, 2, 3], bandwidth: .factor(-1)), .fails("bandwidth factor -1.0 is invalid")),
        .init("missing-output-folder", .save(.absentFolder), .fails("/absent does not exist: create it first")),
        .init("unwritable-output-folder", .save(.fileAsFolder), .fails("/blocker is not a folder")),
        .init("output-is-directory", .save(.existingFolder), .fails("taken.png is a folder: give a file name such as")),
        .init("unknown-format", .save(.fileExtension("jpg")), .fails("unsupported output format 'jpg': use png, pdf or svg")),
    ]

    private static func adjusted(by adjust: Double) -> KDEOptions {
        var options = KDEOptions()
        options.adjust = adjust
        return options
    }
}
