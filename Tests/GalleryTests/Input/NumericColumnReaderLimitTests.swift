import Testing

@testable import vi_gallery

/// The reader on input that is not CSV text or is unreasonably large: NUL
/// bytes, endless fields and lines, very wide headers, control characters,
/// and blank lines that stand for missing values.
@Suite struct NumericColumnReaderLimitTests {
    private func read(_ bytes: [UInt8], column: ColumnSelector = .index(0), chunkSize: Int = 1 << 16) throws(CSVError) -> NumericColumn {
        try NumericColumnReader.read(bytes: bytes, named: "input", column: column, chunkSize: chunkSize)
    }

    private func problem(_ bytes: [UInt8], column: ColumnSelector = .index(0)) -> CSVProblem? {
        do {
            _ = try read(bytes, column: column)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test(arguments: [1, 7, 1 << 16])
    func aNULByteIsAnErrorNamingItsLineNotTheEndOfANumber(chunkSize: Int) {
        let bytes = Array("x\n1\n2".utf8) + [0] + Array("garbage\n3\n".utf8)
        #expect(throws: CSVError(source: "input", problem: .nulByte(line: 3))) {
            try read(bytes, chunkSize: chunkSize)
        }
        #expect(problem([0x22, 0x31, 0]) == .nulByte(line: 1), "inside a quoted field too")
    }

    @Test func utf16InputIsRecognisedByItsNULBytes() {
        let units = Array("x\n1\n".utf16)
        let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(problem(utf16) == .nulByte(line: 1))
        #expect(CSVProblem.nulByte(line: 1).description.contains("UTF-16"))
    }

    @Test func aFieldLongerThanTheLimitIsAnErrorNamingItsLine() {
        let long = Array("x\n".utf8) + Array(repeating: UInt8(ascii: "7"), count: CSVScanner.maximumFieldLength + 1)
        #expect(problem(long) == .fieldTooLong(line: 2, limit: CSVScanner.maximumFieldLength))
        let quoted = Array("x\n\"".utf8) + Array(repeating: UInt8(ascii: "\n"), count: CSVScanner.maximumFieldLength + 1)
        #expect(problem(quoted) == .fieldTooLong(line: 2, limit: CSVScanner.maximumFieldLength))
    }

    @Test func aLineLongerThanTheLimitIsAnError() {
        let commas = Array(repeating: UInt8(ascii: ","), count: CSVScanner.maximumRecordLength + 1)
        #expect(problem(commas) == .recordTooLong(line: 1, limit: CSVScanner.maximumRecordLength))
    }

    @Test func aWideHeaderMakesAShortMessage() {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let row = Array(repeating: "1", count: 100_000).joined(separator: ",")
        let message = problem(Array("\(header)\n\(row)\n".utf8), column: .name("nosuch"))?.description ?? ""
        #expect(message.hasPrefix("no column named 'nosuch'; the header has: 'c0', 'c1',"))
        #expect(message.hasSuffix("'c19', and 99980 more"))
    }

    @Test func aWideRowStillFindsItsColumn() throws {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<100_000).map(String.init).joined(separator: ",")
        let column = try read(Array("\(header)\n\(row)\n\(row)\n".utf8), column: .name("c99999"))
        #expect(column.values == [99_999, 99_999])
        #expect(column.label == ColumnLabel(index: 99_999, name: "c99999"))
    }

    @Test func controlCharactersAreEscapedInMessages() {
        let found = problem(Array("x\n1\u{7}\u{1b}[2J\n".utf8))
        #expect(found == .notANumber(line: 2, column: ColumnLabel(index: 0, name: "x"), value: "1\\u{7}\\u{1b}[2J"))
    }

    @Test func blankLinesInAOneColumnFileAreMissingValues() throws {
        let values = try read(Array("\n x\n1\n\n2\n \n3\n".utf8)).values
        #expect(values.count == 5)
        #expect(values.filter(\.isNaN).count == 2, "the blank lines after the header, not the one before it")
        #expect(try read(Array("a,b\n1,2\n\n3,4\n".utf8)).values == [1, 3], "with two columns a blank line is no row")
    }
}
