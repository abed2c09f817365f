import Foundation
import Testing
@testable import Plot

/// Characters DejaVu Sans lacks come from STIX General, as matplotlib 3.11
/// takes them with `font.family: ["DejaVu Sans", "STIXGeneral"]`: measured
/// as its Agg backend measures them, drawn, and not reported missing; only
/// characters neither font has stay the missing-glyph box and a warning.
@Suite struct FallbackFontTests {
    static let fixture = FallbackFontFixture.shared

    /// Every record agrees exactly when measured (FreeType 2.12.1 here,
    /// matplotlib's 2.14.3 there); the bound is the text fixture's.
    @Test func glyphRunsMatchAggMetricsAndFaces() throws {
        var worst = 0.0
        for record in Self.fixture.metrics {
            let weight = try #require(TextStyle.Weight(fixtureName: record.weight))
            let run = try FontCache.shared.layoutFont(weight).glyphRun(record.text, points: record.size, dpi: record.dpi)
            let differences = [run.advance - record.width, run.inkTop - (record.height - record.descent),
                               run.inkBottom - record.descent].map(abs)
            worst = max(worst, differences.max() ?? 0)
            let context = "'\(record.text)' \(record.weight) \(record.size) pt \(record.dpi) dpi: \(run) vs \(record)"
            #expect(differences.allSatisfy { $0 <= TextExtentFixtureTests.tolerance }, "\(context)")
            #expect(run.glyphs.map(\.face) == (record.faces ?? []).compactMap(FallbackFontFixture.faceIndex), "\(context)")
            #expect(run.missing.isEmpty, "\(context)")
        }
        #expect(worst <= 1.0 / 32)
    }

    /// ⟂ (U+27C2) is not in DejaVu Sans; STIX General's glyph has
    /// matplotlib's width, and the figure draws it without a warning.
    @Test func fallbackSymbolIsMeasuredAndNotMissing() throws {
        let record = try #require(Self.fixture.metrics.first {
            $0.text == "\u{27C2}" && $0.weight == "regular" && $0.size == 12 && $0.dpi == 100
        })
        let renderer = try CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: 100)
        let width = renderer.measureText("\u{27C2}", style: TextStyle(size: 12)).width
        #expect(width > 0)
        #expect(width == record.width)
        #expect(renderer.missingCharacters.isEmpty)

        let figure = Figure()
        figure.addAxes().title = "u \u{27C2} v"
        _ = try figure.encoded(as: .png)
        #expect(figure.drawWarnings.isEmpty)
    }

    /// matplotlib warns that DejaVu Sans and STIX General both lack these;
    /// they stay the missing-glyph box and are named in a warning.
    @Test(arguments: FallbackFontFixture.shared.missing.map(\.text))
    func charactersNeitherFaceHasAreStillMissing(text: String) throws {
        let record = try #require(Self.fixture.missing.first { $0.text == text })
        #expect(record.warnings.count == 1
            && record.warnings[0].hasSuffix("missing from font(s) DejaVu Sans, STIXGeneral."))
        let expected = text.unicodeScalars.filter { $0.value > 0x7F }
        let figure = Figure()
        figure.addAxes().title = text
        _ = try figure.encoded(as: .png)
        #expect(figure.drawWarnings == [.missingGlyphs(Array(expected))])
        let run = try FontCache.shared.layoutFont(.regular).glyphRun(text, points: 10, dpi: 100)
        #expect(run.glyphs.filter { $0.index == 0 }.allSatisfy { $0.face == 0 }, "the box is DejaVu's")
    }

    /// A run is drawn face by face: DejaVu, STIX, DejaVu for "u ⟂ v".
    @Test func segmentsSplitWhereTheFaceChanges() throws {
        let font = try FontCache.shared.layoutFont(.regular)
        let run = font.glyphRun("u \u{27C2} v", points: 10, dpi: 100)
        #expect(run.segments.map(\.face) == [0, 1, 0])
        #expect(run.segments.map(\.glyphs.count) == [2, 1, 2])
        #expect(font.glyphRun("uv", points: 10, dpi: 100).segments.count == 1)
        #expect(GlyphRun.empty.segments.isEmpty)
    }

    /// The fallback glyph leaves ink inside its advance, and PDF output
    /// embeds the STIX face beside DejaVu's.
    @Test func fallbackGlyphsAreDrawn() throws {
        let renderer = try CairoRenderer(format: .png, widthPixels: 60, heightPixels: 40, dpi: 100)
        renderer.drawPath(Path(rect: Rect(x: 0, y: 0, width: 60, height: 40)), fill: .white, stroke: nil, clip: nil,
                          snap: false)
        let origin = Point(10, 30)
        renderer.drawText("\u{27C2}", at: origin, style: TextStyle(size: 12), rotation: 0)
        let ink = try #require(TextDrawingTests.inkBounds(renderer, width: 60, height: 40))
        #expect(Double(ink.left) >= origin.x - 1 && Double(ink.right) <= origin.x + 12 + 1)
        #expect(ink.bottom <= 30 && ink.top >= 30 - 13)

        let pdf = try CairoRenderer(format: .pdf, widthPixels: 100, heightPixels: 40, dpi: 100)
        pdf.drawText("u \u{27C2} v", at: origin, style: TextStyle(size: 12), rotation: 0)
        let text = String(decoding: try pdf.encodedBytes(), as: UTF8.self)
        #expect(text.contains("DejaVuSans") && text.contains("STIXGeneral"))
    }
}
