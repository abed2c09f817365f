import Testing

@testable import vi_gallery

/// Numbers in figure labels: fixed decimals and matplotlib's minus sign.
@Suite struct FigureTextTests {
    @Test(arguments: [
        (-1.0116320629501057, 3, "\u{2212}1.012"),
        (17.943356695841356, 3, "17.943"),
        (-0.0004, 3, "0.000"),
        (0, 2, "0.00"),
        (-2.5, 1, "\u{2212}2.5"),
    ])
    func numbersUseATrueMinusSign(value: Double, decimals: Int, text: String) {
        #expect(FigureText.number(value, decimals: decimals) == text)
    }

    @Test func aGaussianIsWrittenWithGreekLetters() throws {
        #expect(FigureText.gaussian(try .init(mu: -3.25, sigma: 0.5)) == "μ = \u{2212}3.250, σ = 0.500")
    }
}
