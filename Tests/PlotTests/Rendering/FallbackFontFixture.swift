import Foundation
import TestSupport
@testable import Plot

/// fallback_font_extents.json, written by
/// Fixtures/generate_fallback_font_fixtures.py from matplotlib 3.11.2 with
/// `font.family: ["DejaVu Sans", "STIXGeneral"]` (pixels).
struct FallbackFontFixture: Decodable {
    /// `RendererAgg.get_text_width_height_descent` of one string, and the
    /// font file each of its glyphs came from.
    struct Metrics: Decodable {
        let text: String
        let size: Double
        let dpi: Double
        let weight: String
        let width: Double
        let height: Double
        let descent: Double
        let faces: [String]
    }

    /// A string with a character neither font has, and matplotlib's
    /// warnings about it.
    struct Missing: Decodable {
        let text: String
        let warnings: [String]
    }

    let matplotlib: String
    let metrics: [Metrics]
    let missing: [Missing]

    static let shared = FixtureFile.load("fallback_font_extents.json", as: FallbackFontFixture.self, from: .module)

    /// The position in a weight's face chain of a font file matplotlib
    /// named: DejaVu Sans first, STIX General second.
    static func faceIndex(file: String) -> Int? {
        if file.hasPrefix("DejaVuSans") { return 0 }
        if file.hasPrefix("STIXGeneral") { return 1 }
        return nil
    }
}
