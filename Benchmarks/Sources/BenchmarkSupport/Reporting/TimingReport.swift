import Foundation

/// One JSON line of named timings (seconds) and facts, in the shape the Python
/// peers print, so that `compare.sh` can read both sides alike.
///
/// ```swift
/// var report = TimingReport(script: "notebook-figure")
/// report.record(0.012, as: "save_s")
/// report.write(to: .standardError)
/// ```
public struct TimingReport: Sendable {
    private var entries: [(String, String)]

    /// A report naming the program that made it.
    public init(script: String) {
        entries = [("script", Self.quoted(script))]
    }

    /// Records a number under `key` (full precision; NaN and infinities as `null`).
    public mutating func record(_ value: Double, as key: String) {
        set(key, value.isFinite ? "\(value)" : "null")
    }

    /// Records a whole number under `key`.
    public mutating func record(_ value: Int, as key: String) {
        set(key, "\(value)")
    }

    /// Records a text under `key`.
    public mutating func record(text: String, as key: String) {
        set(key, Self.quoted(text))
    }

    /// The report as one JSON object on one line.
    public var json: String {
        "{" + entries.map { "\(Self.quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// Writes ``json`` and a newline to `handle`.
    public func write(to handle: FileHandle) {
        handle.write(Data((json + "\n").utf8))
    }

    private mutating func set(_ key: String, _ encoded: String) {
        if let index = entries.firstIndex(where: { $0.0 == key }) {
            entries[index].1 = encoded
        } else {
            entries.append((key, encoded))
        }
    }

    private static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default:
                if scalar.value < 0x20 {
                    escaped += String(format: "\\u%04x", scalar.value)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}
