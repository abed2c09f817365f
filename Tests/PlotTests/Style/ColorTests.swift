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

    @Test func tab10HasTenColours() {
        #expect(Color.tab10.count == 10)
        #expect(Color.tab10[1].description == "#ff7f0e")
    }
}
