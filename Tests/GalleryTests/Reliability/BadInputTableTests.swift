import Foundation
import Testing

/// docs/BAD_INPUT.md and the tests list the same rows: every row has a
/// command-line case unless its `vi-gallery` cell is "—", and a library case
/// unless its library cell starts with "—".
@Suite struct BadInputTableTests {
    /// A row of the table: its ID and its library and `vi-gallery` cells.
    struct Row {
        let id: String
        let library: String
        let commandLine: String
    }

    /// The rows of the table headed "| ID | Input | Library API gets | `vi-gallery` gets |".
    static func tableRows() throws -> [Row] {
        try BadInputDocument.rows(ofTablesHeaded: "| ID | Input |", cellCount: 4).map { cells in
            Row(id: BadInputDocument.id(cells[0]), library: cells[2], commandLine: cells[3])
        }
    }

    @Test func everyRowIsTestedThroughTheCommandLine() throws {
        let rows = try Self.tableRows()
        #expect(rows.count >= 25)
        let documented = Set(rows.filter { !$0.commandLine.hasPrefix("—") }.map(\.id))
        #expect(documented == Set(BadInputCommandLineCase.all.map(\.row)))
    }

    @Test func everyRowIsTestedThroughTheLibrary() throws {
        let documented = Set(try Self.tableRows().filter { !$0.library.hasPrefix("—") }.map(\.id))
        #expect(documented == Set(BadInputLibraryCase.all.map(\.row)))
    }

    @Test func rowIDsAreUnique() throws {
        let ids = try Self.tableRows().map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
