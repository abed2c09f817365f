import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One row of the hostile-condition tables of docs/BAD_INPUT.md: a shell
/// script that sets up the condition and runs `"$VI"` (the built
/// `vi-gallery`) in a fresh folder holding `data.csv`, and what must follow.
struct HostileConditionCase: Sendable, CustomTestStringConvertible {
    /// How the process must end.
    enum Outcome: Sendable {
        case exits(Int32)
        case killedBy(Int32)
        /// Killed by this signal, or exited 0 when it finished first.
        case killedByOrSucceeds(Int32)
    }

    /// What the folder must hold afterwards (every run is also checked for
    /// hidden temporary files, crashes and the time limit).
    enum Check: Sendable {
        /// A complete PNG with exactly these permission bits.
        case png(String, permissions: mode_t)
        /// No file of this name.
        case absent(String)
        /// This file still holds exactly this text.
        case unchanged(String, text: String)
        /// This name is still a FIFO.
        case stillFIFO(String)
        /// This name is still a symbolic link.
        case stillSymlink(String)
        /// A file whose name is exactly these bytes.
        case fileNamed([UInt8])
        /// The process's peak resident memory stayed below this many bytes.
        case peakMemoryBelow(Int)
        /// Standard error (and output) together are shorter than this many bytes.
        case outputShorterThan(Int)
    }

    /// The row's ID in docs/BAD_INPUT.md.
    let row: String
    /// The bytes of `data.csv`.
    let data: [UInt8]
    let script: String
    let outcome: Outcome
    /// Text standard error or output must contain; the row's cell in the
    /// table must contain it too.
    let message: String?
    let checks: [Check]

    init(
        _ row: String, data: String = "x\n1\n2\n3\n", _ script: String, _ outcome: Outcome,
        _ message: String? = nil, _ checks: [Check] = []
    ) {
        self.init(row, bytes: Array(data.utf8), script, outcome, message, checks)
    }

    init(_ row: String, bytes: [UInt8], _ script: String, _ outcome: Outcome, _ message: String? = nil, _ checks: [Check] = []) {
        self.row = row
        self.data = bytes
        self.script = script
        self.outcome = outcome
        self.message = message
        self.checks = checks
    }

    var testDescription: String { "\(row): \(script.split(separator: "\n").last ?? "")" }

    /// `exec "$VI" distplot data.csv --output figure.png` plus `extra`.
    static func distplot(_ extra: String = "") -> String {
        "exec \"$VI\" distplot data.csv --output figure.png" + (extra.isEmpty ? "" : " " + extra)
    }

    /// Runs `all` into `out` and sends `signal` after each of several delays,
    /// so that some land while figures are being saved. SIGKILL cannot be
    /// handled, so it writes into a fresh folder each time: new files are
    /// linked straight to their names, while replacing one names it for the
    /// instant before `rename`, a window only a catchable signal is cleaned up in.
    static func signalDuringSave(_ signal: String) -> String {
        let folder = signal == "KILL" ? "\"out$delay\"" : "out"
        return """
        for delay in 0.05 0.15 0.25 0.35 0.5 0.7; do
            "$VI" all --output \(folder) >/dev/null 2>&1 & pid=$!
            sleep $delay; kill -\(signal) $pid 2>/dev/null; wait $pid
        done
        exit 0
        """
    }

    private static let mebibyte = 1 << 20
    private static let oneValue = "x\n4.2\n"

    static let all: [HostileConditionCase] = crashes + leftovers + silentAnswers + permissions + paths + limits

    static let crashes: [HostileConditionCase] = [
        .init("stderr-full", data: oneValue, distplot("2>/dev/full"), .exits(0), nil, [.png("figure.png", permissions: 0o644)]),
        .init("stderr-closed", data: oneValue, distplot("2>&-"), .exits(0), nil, [.png("figure.png", permissions: 0o644)]),
        .init("endless-line", "exec \"$VI\" distplot /dev/zero --output figure.png", .exits(1),
              "/dev/zero: line 1 holds a NUL byte", [.absent("figure.png"), .peakMemoryBelow(100 * mebibyte)]),
        .init("endless-line", "mkfifo endless\n(yes 1 | tr -d '\\n' > endless) &\nexec \"$VI\" distplot endless --output figure.png", .exits(1),
              "line 1: a field is longer than 1048576 bytes", [.absent("figure.png"), .peakMemoryBelow(100 * mebibyte)]),
    ]

    static let leftovers: [HostileConditionCase] = [
        .init("signal-during-save", signalDuringSave("TERM"), .exits(0)),
        .init("signal-during-save", signalDuringSave("HUP"), .exits(0)),
        .init("signal-during-save", signalDuringSave("KILL"), .exits(0)),
        .init("file-size-limit", "printf old > figure.png\nulimit -f 4\n" + distplot(), .killedBy(SIGXFSZ), nil,
              [.unchanged("figure.png", text: "old")]),
    ]

    static let silentAnswers: [HostileConditionCase] = [
        .init("nul-in-field", bytes: Array("x\n1\n2".utf8) + [0] + Array("garbage\n3\n".utf8), distplot(), .exits(1),
              "data.csv: line 3 holds a NUL byte", [.absent("figure.png")]),
        .init("stdout-full", "exec \"$VI\" distplot data.csv --json >/dev/full", .exits(1),
              "cannot write to standard output: No space left on device"),
        .init("stdout-full", "exec \"$VI\" fit --json >/dev/full", .exits(1), "cannot write to standard output: No space left on device"),
        .init("stdout-closed", "exec \"$VI\" list >&-", .exits(1), "cannot write to standard output: Bad file descriptor"),
        .init("stdout-closed", distplot("--json >&-"), .exits(1), "cannot write to standard output: Bad file descriptor",
              [.png("figure.png", permissions: 0o644)]),
        .init("blank-lines-one-column", data: "x\n1\n\n2\n4\n", "exec \"$VI\" distplot data.csv --json", .exits(0), "\"dropped\":1"),
    ]

    static let permissions: [HostileConditionCase] = [
        .init("umask", "umask 077\n" + distplot(), .exits(0), nil, [.png("figure.png", permissions: 0o600)]),
        .init("umask", "umask 002\n" + distplot(), .exits(0), nil, [.png("figure.png", permissions: 0o664)]),
        .init("existing-permissions", "printf old > figure.png\nchmod 600 figure.png\numask 022\n" + distplot(), .exits(0), nil,
              [.png("figure.png", permissions: 0o600)]),
        .init("fifo-target", "mkfifo figure.png\n" + distplot(), .exits(1),
              "figure.png is a FIFO (named pipe), not a regular file, and is never replaced", [.stillFIFO("figure.png")]),
        .init("device-target", "ln -s /dev/null figure.png\n" + distplot(), .exits(1),
              "figure.png is a character device, not a regular file", [.stillSymlink("figure.png")]),
        .init("write-protected-target", "printf old > figure.png\nchmod 444 figure.png\n" + distplot(), .exits(1),
              "figure.png is write-protected and is left as it is", [.unchanged("figure.png", text: "old")]),
    ]

    static let paths: [HostileConditionCase] = [
        .init("long-name", "exec \"$VI\" distplot data.csv --output \(String(repeating: "n", count: 251)).png", .exits(0), nil,
              [.png(String(repeating: "n", count: 251) + ".png", permissions: 0o644)]),
        .init("non-utf8-names", "cp data.csv \"$(printf 'in\\377.csv')\"\n"
              + "exec \"$VI\" distplot \"$(printf 'in\\377.csv')\" --output \"$(printf 'out\\376.png')\"", .exits(0), nil,
              [.fileNamed(Array("out".utf8) + [0xFE] + Array(".png".utf8))]),
        .init("non-utf8-names", "exec \"$VI\" render components --format svg --output \"$(printf 'dir\\375')\"", .exits(0), nil,
              [.fileNamed(Array("dir".utf8) + [0xFD])]),
        .init("trailing-slash", distplot().replacingOccurrences(of: "figure.png", with: "figure.png/"), .exits(1),
              "figure.png/ ends with '/', so it names a folder, not a file", [.absent("figure.png")]),
        .init("empty-output-folder", "exec \"$VI\" render components --output ''", .exits(2), "--output needs a folder name"),
    ]

    static let limits: [HostileConditionCase] = [
        .init("constant-timestamps", data: "t\n1600000000000000000\n1600000000000000000\n1600000000000000000\n", distplot(), .exits(0),
              "density curve skipped: 3 values with zero variance", [.png("figure.png", permissions: 0o644)]),
        .init("bins-over-limit", data: "x\n1\n2\n3\n4\n5\n6\n7\n8\n", distplot("--bins 10000000"), .exits(2),
              "10000000 bins are more than a figure can show"),
        .init("wide-line", bytes: wideCSV, distplot("--column c999999"), .exits(0), nil,
              [.png("figure.png", permissions: 0o644), .peakMemoryBelow(100 * mebibyte)]),
        .init("wide-header-message", bytes: wideCSV, distplot("--column nosuch"), .exits(1),
              "'c19', and 999980 more", [.outputShorterThan(1000)]),
        .init("column-negative", distplot("--column -1"), .exits(2), "column indices start at 0"),
        .init("control-characters", data: "x\n1\u{1b}[2J\n", distplot(), .exits(1), "'1\\u{1b}[2J' is not a number"),
    ]

    /// A header of a million names and two rows of a million numbers (13 MB).
    static let wideCSV: [UInt8] = {
        let count = 1_000_000
        let header = (0..<count).map { "c\($0)" }.joined(separator: ",")
        let row = Array(repeating: "1", count: count).joined(separator: ",")
        return Array("\(header)\n\(row)\n\(row.replacingOccurrences(of: "1", with: "2"))\n".utf8)
    }()
}
