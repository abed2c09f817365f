import Foundation
import Testing

/// The tables of docs/BAD_INPUT.md, read cell by cell.
enum BadInputDocument {
    /// The rows of every table whose header row starts with `header`, each
    /// split into its cells (a `\|` inside a cell is not a separator).
    static func rows(ofTablesHeaded header: String, cellCount: Int) throws -> [[String]] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/BAD_INPUT.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headers = lines.indices.filter { lines[$0].hasPrefix(header) }
        try #require(!headers.isEmpty, "a table headed \(header)")
        return try headers.flatMap { start in
            try lines[(start + 2)...].prefix { $0.hasPrefix("|") }.map { line in
                let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|")
                    .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|") }
                try #require(cells.count == cellCount, "\(cellCount) cells in: \(line)")
                return cells
            }
        }
    }

    /// A row's ID cell without its backticks.
    static func id(_ cell: String) -> String {
        cell.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
    }
}
