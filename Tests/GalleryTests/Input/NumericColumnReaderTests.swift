import Foundation
import Plot
import Testing

@testable import vi_gallery

/// The streaming CSV column reader, called directly on files it reads in
/// chunks of various sizes (1 byte splits every BOM, CRLF and quote pair).
@Suite struct NumericColumnReaderTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func read(
        _ text: String, column: ColumnSelector = .index(0), chunkSize: Int = 1 << 20
    ) throws(CSVError) -> NumericColumn {
        try read(bytes: Array(text.utf8), column: column, chunkSize: chunkSize)
    }

    private func read(
        bytes: [UInt8], column: ColumnSelector = .index(0), chunkSize: Int = 1 << 20
    ) throws(CSVError) -> NumericColumn {
        let url: URL
        do { url = try folder.write(bytes, to: "input.csv") } catch { fatalError("cannot write the test file: \(error)") }
        return try NumericColumnReader.read(.file(path: RawFilePath(url.path)), column: column, chunkSize: chunkSize)
    }

    private func problem(_ text: String, column: ColumnSelector = .index(0)) -> CSVProblem? {
        do {
            _ = try read(text, column: column)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func readsANamedColumnUnderAHeader() throws {
        let column = try read("a,b\n1,10\n2,20\n3,30\n", column: .name("b"))
        #expect(column.values == [10, 20, 30])
        #expect(column.label == ColumnLabel(index: 1, name: "b"))
    }

    @Test func theFirstRowIsDataWhenItsFieldInTheChosenColumnIsANumber() throws {
        let column = try read("a,1.5\nb,2.5\n", column: .index(1))
        #expect(column.values == [1.5, 2.5])
        #expect(column.label == ColumnLabel(index: 1, name: nil))
    }

    @Test(arguments: [1, 2, 3, 5, 1 << 20])
    func bomCRLFQuotesAndBlankLinesReadTheSameInAnyChunking(chunkSize: Int) throws {
        let text = "id,\"name, \"\"quoted\"\"\",value\r\n\r\n1,\"x,y\",\" 4.5 \"\r\n  \r\n2,\"multi\nline\",-2e3\r\n3,z,.25"
        let column = try read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), column: .name("value"), chunkSize: chunkSize)
        #expect(column.values == [4.5, -2000, 0.25])
        let textColumn = #expect(throws: CSVError.self) {
            try read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), column: .name("name, \"quoted\""), chunkSize: chunkSize)
        }
        #expect(textColumn?.problem == .notANumber(line: 3, column: ColumnLabel(index: 1, name: "name, \"quoted\""), value: "x,y"))
    }

    @Test func theFirstFieldNameIsFoundAfterAByteOrderMark() throws {
        let column = try read(bytes: [0xEF, 0xBB, 0xBF] + Array("x\n1\n".utf8), column: .name("x"))
        #expect(column.values == [1])
    }

    @Test(arguments: [1, 1 << 20])
    func aPartialByteOrderMarkIsKeptAsText(chunkSize: Int) throws {
        let column = try read(bytes: [0xEF, 0xBB] + Array("x\n1\n".utf8), chunkSize: chunkSize)
        #expect(column.label.name == "\u{FFFD}x")
        #expect(column.values == [1])
    }

    @Test func loneCarriageReturnsEndLines() throws {
        #expect(try read("x\r1\r2\r").values == [1, 2])
    }

    @Test func nonFiniteSpellingsAndEmptyFieldsReadAsNonFinite() throws {
        let values = try read("x\nnan\nNaN\ninf\n-inf\nInfinity\n-Infinity\n\"\"\n7\n").values
        #expect(values.count == 8)
        #expect(values[0].isNaN && values[1].isNaN && values[6].isNaN)
        #expect(values[2] == .infinity && values[3] == -.infinity && values[4] == .infinity && values[5] == -.infinity)
        #expect(values[7] == 7)
    }

    @Test func extremeMagnitudesAndDenormalsAreExact() throws {
        let values = try read("x\n1e308\n-1.7976931348623157e308\n4.9e-324\n2.2250738585072014e-308\n1e309\n0x1p-3\n").values
        #expect(values[0] == 1e308)
        #expect(values[1] == -Double.greatestFiniteMagnitude)
        #expect(values[2] == Double.leastNonzeroMagnitude)
        #expect(values[3] == Double.leastNormalMagnitude)
        #expect(values[4] == .infinity)
        #expect(values[5] == 0.125)
    }

    @Test func anEmptyInputHasNoData() {
        #expect(problem("") == .noData)
        #expect(problem("\n \n\r\n") == .noData)
    }

    @Test func aHeaderAloneIsAnError() {
        #expect(problem("a,b\n\n", column: .name("b"))?.description == "no data rows: only a header (a, b)")
    }

    @Test func raggedRowsNameTheirLineAndFieldCounts() {
        #expect(problem("a,b\n1,2\n\n3\n") == .raggedRow(line: 4, expected: 2, found: 1))
        #expect(problem("a,b\n1,2\n3,4,5\n") == .raggedRow(line: 3, expected: 2, found: 3))
    }

    @Test func lineNumbersCountLinesInsideQuotedFields() {
        #expect(problem("a,b\n\"x\ny\",1\nz,oops\n", column: .index(1))
            == .notANumber(line: 4, column: ColumnLabel(index: 1, name: "b"), value: "oops"))
    }

    @Test func aMissingColumnListsTheHeader() {
        #expect(problem("alpha, beta\n1,2\n", column: .name("gamma"))?.description
            == "no column named 'gamma'; the header has: 'alpha', 'beta'")
    }

    @Test func aNameNeedsAHeader() {
        #expect(problem("1,2\n3,4\n", column: .name("x")) == .noHeader(name: "x"))
    }

    @Test func anIndexPastTheLastFieldIsAnError() {
        #expect(problem("1,2\n", column: .index(2)) == .columnOutOfRange(index: 2, fieldCount: 2))
    }

    @Test func textInTheColumnNamesLineColumnAndValue() {
        #expect(problem("v\n1\n2\n1,5\n") == .raggedRow(line: 4, expected: 1, found: 2))
        #expect(problem("v\n1\n2 kg\n") == .notANumber(line: 3, column: ColumnLabel(index: 0, name: "v"), value: "2 kg"))
        #expect(problem("1\nabc\n") == .notANumber(line: 2, column: ColumnLabel(index: 0, name: nil), value: "abc"))
    }

    @Test func quotingErrorsNameTheirLine() {
        #expect(problem("x\n1\n\"2\n3\n") == .unterminatedQuote(line: 3))
        #expect(problem("x\n\"1\"2\n") == .textAfterClosingQuote(line: 2))
        #expect(problem("x\n\"1\"  \n") == nil)
    }

    @Test func theErrorMessageNamesTheSource() throws {
        let url = try folder.write("x\n1\nbad\n", to: "data.csv")
        let error = #expect(throws: CSVError.self) {
            try NumericColumnReader.read(.file(path: RawFilePath(url.path)), column: .index(0))
        }
        #expect(error?.description == "\(url.path): line 3, column 'x' (index 0): 'bad' is not a number")
    }

    @Test func anUnreadableFileIsAnError() {
        let missing = folder.file("missing.csv").path
        let error = #expect(throws: CSVError.self) { try NumericColumnReader.read(.file(path: RawFilePath(missing)), column: .index(0)) }
        #expect(error?.description.hasPrefix("\(missing): cannot read: ") == true)
    }

    @Test func aLargeFileStreamsInChunks() throws {
        let rows = 200_000
        var text = "value\n"
        text.reserveCapacity(rows * 8)
        for row in 0..<rows { text += "\(row % 1000)\n" }
        let column = try read(text, column: .name("value"), chunkSize: 4096)
        #expect(column.values.count == rows)
        #expect(column.values.reduce(0, +) == Double(rows / 1000) * 499_500)
    }
}
