import Foundation

/// Messages for standard error: warnings and errors, kept out of standard
/// output so that `--json` output stays one clean object.
enum StandardError {
    /// Writes `line` and a newline to standard error.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
