import Testing
@testable import Plot

@Suite struct ColorTests {
    @Test func parsesHexAndPrintsItBack() throws {
        let blue = try #require(Color(hex: "#1f77b4"))
        #expect(blue.description == "#1f77b4")
        #expect(Color(hex: "1f77b466")?.alpha == 102.0 / 255)
        #expect(Color(hex: "#12345") == nil)
        #expect(Color(hex: "#zzzzzz") == nil)
    }

    @Test func shorthandHexDoublesEachDigit() {
        #expect(Color(hex: "#fff") == .white)
        #expect(Color(hex: "#1a2") == Color(hex: "#11aa22"))
        #expect(Color(hex: "#1a28") == Color(hex: "#11aa2288"))
        // matplotlib's int(n, 16) / 0xf is the same double as 17n / 255.
        #expect(Color(hex: "#a00")?.red == 10.0 / 15)
    }

    @Test func hexTakesOnlyHexDigits() {
        // UInt32(_:radix:) alone would read a sign.
        #expect(Color(hex: "+fffff") == nil)
        #expect(Color(hex: "#-fffff") == nil)
        #expect(Color(hex: "# fff") == nil)
        #expect(Color(hex: "") == nil)
    }

    @Test func tab10HasTenColours() {
        #expect(Color.tab10.count == 10)
        #expect(Color.tab10[1].description == "#ff7f0e")
    }
}
