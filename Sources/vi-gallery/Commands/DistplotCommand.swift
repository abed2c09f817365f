import ArgumentParser
import Foundation
import Plot

/// `vi-gallery distplot FILE`: seaborn's distplot of one numeric CSV column.
struct DistplotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distplot",
        abstract: "Draw a distplot (density histogram, KDE, rug) of one numeric column of a CSV file.",
        discussion: """
            The CSV is read as RFC 4180 (quoted fields, doubled quotes), streaming, \
            with a UTF-8 byte-order mark, CRLF line ends and blank lines allowed (in a \
            one-column file a blank line after the first row is a missing value). A field \
            may hold up to 1 MiB and a line 64 MiB; a NUL byte (UTF-16 or binary input) \
            is an error. The first row is a header when its field in the chosen column is not a \
            number; --column NAME needs a header. Every row needs as many fields as \
            the first.

            Numbers are read by Swift's Double(String) after trimming spaces: \
            decimal and exponent forms (-1.5, .5, 2e-3), hexadecimal (0x1p-3), and \
            nan, inf, -inf, infinity in any case. NaN and infinite values (also an \
            empty field, and magnitudes beyond 1.8e308) are dropped and counted as \
            "dropped". Any other text in the column is an error naming its line.

            Output: --output PATH writes the figure (6.4x4.8 in, 100 dpi; format from \
            the extension: png, pdf or svg). --json prints the statistics to standard \
            output as one JSON object: {"n", "dropped", "bins": {"rule", "edges", \
            "counts", "heights"}, "kde": {"bandwidth", "x", "y"} or null}. With neither \
            option the figure goes to ./distplot.png. Warnings go to standard error. \
            On error nothing is written and the exit status is 1 (2 for a usage error).
            """)

    @Argument(help: "The CSV file, or - for standard input.")
    var file: String

    // `.unconditional`, as for --bins, so that "-1" is a value with its own message.
    @Option(
        parsing: .unconditional, help: "The column: a header name, or a 0-based index. (default: 0)",
        transform: ColumnSelector.init(parsing:))
    var column = ColumnSelector.index(0)

    // `.unconditional` takes "-3" as the value, so a negative count gets
    // its own clear message rather than "Missing value for '--bins'".
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "A numpy bin rule (\(BinsChoice.ruleNames)) or a number of bins. (default: auto)",
            valueName: "rule|count"),
        transform: BinsChoice.init(parsing:))
    var bins = BinsChoice.auto

    @Flag(inversion: .prefixedNo, help: "Draw the kernel density estimate.")
    var kde = true

    @Flag(inversion: .prefixedNo, help: "Draw the rug of data ticks.")
    var rug = true

    @Option(name: .shortAndLong, help: "Write the figure here (.png, .pdf or .svg).")
    var output: String?

    @Flag(help: "Print the statistics as one JSON object on standard output.")
    var json = false

    /// The figure's path as typed: `--output`, else `distplot.png` unless only JSON was asked for.
    private var figurePath: String? {
        output ?? (json ? nil : "distplot.png")
    }

    /// The format the extension of `path` names, if any.
    private static func format(of path: String) -> OutputFormat? {
        OutputFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    func validate() throws {
        if let output, Self.format(of: output) == nil {
            throw ValidationError("--output \(output): the extension must name a format: \(FormatList.validNames)")
        }
    }

    func run() throws {
        let source = CSVSource(argument: file, path: RawArguments.path(file))
        let data = try NumericColumnReader.read(source, column: column)
        let figure = Figure()
        let result: DistplotResult
        do {
            result = try figure.addAxes().distplot(
                data.values, bins: bins.bins, kde: kde, rug: rug, axisLabel: data.label.name)
        } catch {
            throw UnusableDataError(source: source.name, column: data.label, reason: "\(error)")
        }
        for warning in result.warnings {
            ConsoleStream.error.write("warning: \(source.name), \(data.label): \(warning)")
        }
        let report = json ? try DistplotReport(result, ruleName: bins.ruleName).json() : nil
        if let figurePath, let format = Self.format(of: figurePath) {
            let path = RawArguments.path(figurePath)
            try AtomicFileWriter.validateDestination(path)
            try AtomicFileWriter.save(try figure.encoded(as: format), to: path)
            for warning in figure.drawWarnings {
                ConsoleStream.error.write("warning: \(figurePath): \(warning)")
            }
            if report == nil { ConsoleStream.output.write("wrote \(figurePath)") }
        }
        if let report { ConsoleStream.output.write(report) }
    }
}
