import Testing
@testable import Stats

@Suite struct FiniteSampleTests {
    @Test func dropsNaNAndInfinities() throws {
        let sample = FiniteSample([1, .nan, 3, .infinity, -.infinity, 2])
        #expect(sample.values == [1, 3, 2])
        #expect(sample.dropped == 3)
        #expect(try sample.nonEmptyValues() == [1, 3, 2])
    }

    @Test func allNonFiniteIsEmpty() {
        #expect(throws: DataError.empty) { try FiniteSample([.nan, .infinity]).nonEmptyValues() }
    }
}
