import Foundation
import Testing
@testable import Plot

/// Our text measurement against matplotlib 3.11.2's Agg backend: the ink
/// metrics FreeType gives one line, and the boxes `Text._get_layout` builds
/// from them for every alignment at rotations 0 and 90.
@Suite struct TextExtentFixtureTests {
    /// The brief's bound; the layout reproduces FreeType's 26.6 arithmetic,
    /// so the real differences are a 1/64 px kerning rounding at most.
    static let tolerance = 0.1

    @Test func glyphRunsMatchAggMetrics() throws {
        var worst = 0.0
        for record in TextExtentFixture.shared.metrics {
            let weight = try #require(TextStyle.Weight(fixtureName: record.weight))
            let run = try FontCache.shared.layoutFont(weight).glyphRun(record.text, points: record.size, dpi: record.dpi)
            let differences = [run.advance - record.width, run.inkTop - (record.height - record.descent),
                               run.inkBottom - record.descent].map(abs)
            worst = max(worst, differences.max() ?? 0)
            #expect(differences.allSatisfy { $0 <= Self.tolerance },
                    "'\(record.text)' \(record.weight) \(record.size) pt \(record.dpi) dpi: \(run) vs \(record)")
        }
        #expect(worst <= 1.0 / 32)
    }

    @Test func alignedBoxesMatchTextWindowExtents() throws {
        var renderers: [Double: CairoRenderer] = [:]
        for record in TextExtentFixture.shared.placements {
            let renderer = try renderers[record.dpi]
                ?? CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: record.dpi)
            renderers[record.dpi] = renderer
            let alignment = try #require(TextAlignment(ha: record.ha, va: record.va))
            let extent = renderer.measureText(record.text, style: TextStyle(size: record.size))
            let origin = TextPlacement.origin(
                anchor: Point(record.anchor[0], record.anchor[1]), extent: extent, alignment: alignment,
                rotation: record.rotation)
            let box = TextPlacement.bounds(origin: origin, extent: extent, rotation: record.rotation)
            let ours = [box.minX, box.minY, box.maxX, box.maxY]
            let offset = zip(ours, record.extent).map { abs($0 - $1) }.max() ?? 0
            #expect(offset <= Self.tolerance,
                    "'\(record.text)' ha \(record.ha) va \(record.va) rotation \(record.rotation): \(ours) vs \(record.extent)")
        }
    }

    /// HarfBuzz forms DejaVu Sans's f-ligatures, so "fi" is one glyph and
    /// "ffi fl" three.
    @Test func fLigaturesAreSingleGlyphs() throws {
        let face = try FontCache.shared.layoutFont(.regular)
        #expect(face.glyphRun("fi", points: 10, dpi: 100).glyphs.count == 1)
        #expect(face.glyphRun("ffi fl", points: 10, dpi: 100).glyphs.count == 3)
        #expect(face.glyphRun("f i", points: 10, dpi: 100).glyphs.count == 3)
    }

    @Test func emptyTextMeasuresNothing() throws {
        let renderer = try CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: 100)
        #expect(renderer.measureText("", style: TextStyle(size: 10)) == TextExtent(width: 0, ascent: 0, descent: 0))
        #expect(try FontCache.shared.layoutFont(.regular).glyphRun("", points: 10, dpi: 100) == .empty)
    }

    /// Sizes FreeType cannot set measure and draw nothing rather than trap.
    @Test(arguments: [0.0, -3, .nan, .infinity, 1e12])
    func unusableSizesMeasureNothing(size: Double) throws {
        let renderer = try CairoRenderer(format: .png, widthPixels: 10, heightPixels: 10, dpi: 100)
        #expect(renderer.measureText("Hello", style: TextStyle(size: size)) == TextExtent(width: 0, ascent: 0, descent: 0))
        renderer.drawText("Hello", at: Point(1, 8), style: TextStyle(size: size), rotation: 0)
    }

    /// A line is at least as tall as the font's typographic ascent and
    /// descent (DejaVu Sans: 1556 and 492 of 2048 units), whatever its ink.
    @Test func linesReachTheTypographicAscentAndDescent() throws {
        let renderer = try CairoRenderer(format: .png, widthPixels: 1, heightPixels: 1, dpi: 100)
        let pixelsPerUnit = 10 * 100 / 72 / 2048.0
        let dash = renderer.measureText("-", style: TextStyle(size: 10))
        #expect(abs(dash.ascent - 1556 * pixelsPerUnit) < 1e-9)
        #expect(abs(dash.descent - 492 * pixelsPerUnit) < 1e-9)
        // "lp" is taller than that above the baseline at 10 pt: its hinted ink, 11 px.
        #expect(renderer.measureText("lp", style: TextStyle(size: 10)).ascent == 11)
    }
}
