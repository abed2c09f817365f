import Foundation
import Testing
@testable import Plot

/// A character the bundled font cannot draw is named in a warning and drawn
/// as the font's missing-glyph box, as matplotlib does, instead of
/// vanishing silently.
@Suite struct MissingGlyphTests {
    @Test func missingCharacterIsNamedAndTakesRoom() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        axes.title = "mass 中 kg"
        _ = try figure.encoded(as: .png)
        #expect(figure.drawWarnings == [.missingGlyphs(["中"])])
        #expect(figure.drawWarnings.first?.description.contains("U+4E2D") == true)
        let recorder = try RecordingRenderer(dpi: 100)
        let style = TextStyle(size: 12)
        let withBox = recorder.measureText("mass 中 kg", style: style).width
        let without = recorder.measureText("mass  kg", style: style).width
        #expect(withBox > without + 3, "the missing-glyph box has a width")
    }

    @Test func drawableTextGivesNoWarning() throws {
        let figure = Figure()
        figure.addAxes().title = "μ ± σ, π/4 → ∞"
        _ = try figure.encoded(as: .png)
        #expect(figure.drawWarnings.isEmpty)
    }
}
