import Testing

/// The hostile-condition tables of docs/BAD_INPUT.md and
/// ``HostileConditionCase`` list the same rows, and each row's cell quotes
/// the message its tests expect, so that the document cannot promise what
/// the tests do not check.
@Suite struct HostileConditionTableTests {
    /// Each row's ID and its `vi-gallery` cell.
    private static func rows() throws -> [(id: String, cell: String)] {
        try BadInputDocument.rows(ofTablesHeaded: "| ID | Condition |", cellCount: 3).map { cells in
            (BadInputDocument.id(cells[0]), cells[2])
        }
    }

    @Test func theTablesAndTheTestsListTheSameRows() throws {
        let ids = try Self.rows().map(\.id)
        #expect(Set(ids).count == ids.count, "row IDs are unique")
        #expect(Set(ids) == Set(HostileConditionCase.all.map(\.row)))
    }

    @Test func everyRowQuotesTheMessageItsTestsExpect() throws {
        let cells = Dictionary(try Self.rows().map { ($0.id, $0.cell) }, uniquingKeysWith: { first, _ in first })
        for testCase in HostileConditionCase.all {
            guard let message = testCase.message else { continue }
            #expect(cells[testCase.row]?.contains(message) == true, "the row \(testCase.row) quotes: \(message)")
        }
    }

    @Test func hostileRowsDoNotReuseBadInputIDs() throws {
        let badInput = Set(try BadInputTableTests.tableRows().map(\.id))
        #expect(badInput.isDisjoint(with: try Self.rows().map(\.id)))
    }
}
