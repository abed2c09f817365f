import Foundation
import Testing
@testable import Plot

/// ``MathtextScriptMetrics`` and ``LogTickLabel`` reproduce where matplotlib's mathtext puts each
/// glyph of a log tick label, and how wide Agg makes the label (ticks_log_layout.json).
@Suite struct TicksLogLayoutTests {
    static let fixture = try! TickFixtures.load("ticks_log_layout.json", as: LogLayoutFixture.self)

    /// DejaVu Sans advances in font units (2048 per em), as FreeType reports them unhinted.
    static let advances: [Character: Double] = [".": 651, "×": 1716, "\u{2212}": 1716]
        .merging(Dictionary(uniqueKeysWithValues: "0123456789".map { ($0, 1303.0) })) { $1 }

    static func advance(_ character: Character, fontSize: Double) -> Double {
        advances[character, default: .nan] / 2048 * fontSize
    }

    /// Each glyph's x offset and font size, laid out with the documented metrics.
    static func layout(_ label: LogTickLabel, fontSize: Double) -> [(x: Double, size: Double)] {
        var x = 0.0
        var glyphs: [(x: Double, size: Double)] = []
        for character in label.body {
            if character == "×" { x += MathtextScriptMetrics.binaryOperatorSpace * fontSize }
            glyphs.append((x, fontSize))
            x += advance(character, fontSize: fontSize)
            if character == "×" { x += MathtextScriptMetrics.binaryOperatorSpace * fontSize }
        }
        x += MathtextScriptMetrics.superscriptKern * fontSize
        let scriptSize = MathtextScriptMetrics.scriptScale * fontSize
        for character in label.superscript {
            glyphs.append((x, scriptSize))
            x += advance(character, fontSize: scriptSize)
        }
        return glyphs
    }

    /// The label's advance width including the space after the superscript.
    static func width(_ label: LogTickLabel, fontSize: Double) -> Double {
        let body = label.body.reduce(0) { $0 + advance($1, fontSize: fontSize) }
            + (label.coefficient == nil ? 0 : 2 * MathtextScriptMetrics.binaryOperatorSpace * fontSize)
        let scriptSize = MathtextScriptMetrics.scriptScale * fontSize
        let script = label.superscript.reduce(0) { $0 + advance($1, fontSize: scriptSize) }
        return body + script
            + (MathtextScriptMetrics.superscriptKern + MathtextScriptMetrics.trailingScriptSpace) * fontSize
    }

    static let labels = [
        LogTickLabel(exponent: 2), LogTickLabel(exponent: -1), LogTickLabel(exponent: -10),
        LogTickLabel(coefficient: "2", exponent: -1), LogTickLabel(coefficient: "1.05", exponent: 0),
    ]

    @Test func glyphsSitWhereMathtextPutsThem() throws {
        #expect(Self.fixture.glyphLayouts.map(\.mathtext) == Self.labels.map(\.mathtext))
        let size = Self.fixture.fontSizePoints
        for (label, recorded) in zip(Self.labels, Self.fixture.glyphLayouts) {
            let expected = Self.layout(label, fontSize: size)
            try #require(expected.count == recorded.glyphs.count)
            let baseline = recorded.glyphs[0].y
            for (ours, theirs) in zip(expected, recorded.glyphs) {
                #expect(abs(ours.x - theirs.x) < 1e-9, "\(label) \(theirs.char)")
                #expect(ours.size == theirs.fontSize)
                let rise = ours.size == size ? 0 : MathtextScriptMetrics.superscriptRise * size
                #expect(abs(theirs.y - baseline - rise) < 1e-9, "\(label) \(theirs.char)")
            }
        }
    }

    /// rcdefaults tick length + label pad, in points: major 3.5 + 3.5, minor 2 + 3.4.
    static func labelGapPoints(isMajor: Bool) -> Double { isMajor ? 3.5 + 3.5 : 2 + 3.4 }

    /// On the 6.4×4.8 in figure at 100 dpi the axes box spans x 80…576 px and y 52.8…422.4 px;
    /// x labels are centred on the tick with their top a tick + pad below the axes, y labels
    /// right-aligned a tick + pad left of it; the box is as wide as the layout, rounded up to whole pixels.
    @Test func aggLabelExtentsFollowTheLayout() throws {
        let pixelsPerPoint = 100.0 / 72
        let fontSizePixels = Self.fixture.fontSizePoints * pixelsPerPoint
        for record in Self.fixture.labelExtents {
            let (low, high) = (record.requested[0], record.requested[1])
            for (axis, orientation) in [(record.x, AxisOrientation.x), (record.y, .y)] {
                let ticks = try LogAxisTicker().ticks(
                    viewMin: low, viewMax: high, axisLengthPoints: orientation == .x ? 357.12 : 266.112,
                    fontSizePoints: Self.fixture.fontSizePoints, orientation: orientation)
                let labelled = (ticks.major.map { ($0, true) } + ticks.minor.map { ($0, false) })
                    .filter { $0.0.label != nil }
                #expect(labelled.map(\.0.value) == axis.values)
                #expect(labelled.map(\.0.mathtext) == axis.labels)
                for ((tick, isMajor), (position, extent)) in zip(labelled, zip(axis.displayPositions, axis.extents)) {
                    let label = try #require(tick.label)
                    let width = Self.width(label, fontSize: fontSizePixels).rounded(.up)
                    #expect(abs(extent[2] - extent[0] - width) < 1e-9, "\(label)")
                    let gap = Self.labelGapPoints(isMajor: isMajor) * pixelsPerPoint
                    if orientation == .x {
                        #expect(abs((extent[0] + extent[2]) / 2 - position) < 1e-9, "\(label)")
                        #expect(abs(extent[3] - (52.8 - gap)) < 1e-9, "\(label)")
                    } else {
                        #expect(abs(extent[2] - (80 - gap)) < 1e-9, "\(label)")
                    }
                }
            }
        }
    }

    @Test func labelFormsAgreeWithEachOther() {
        let label = LogTickLabel(coefficient: "2.5", exponent: -12)
        #expect(label.body == "2.5×10")
        #expect(label.superscript == "\u{2212}12")
        #expect(label.plainText == "2.5×10⁻¹²")
        #expect(label.mathtext == "$\\mathdefault{2.5\\times10^{-12}}$")
        #expect(LogTickLabel(exponent: 0).plainText == "10⁰")
        #expect(LogTickLabel(exponent: 308).description == "10³⁰⁸")
    }
}
