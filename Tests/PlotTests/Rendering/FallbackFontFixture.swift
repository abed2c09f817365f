import Foundation
import TestSupport
@testable import Plot

/// fallback_font_extents.json, written by
/// Fixtures/generate_fallback_font_fixtures.py from matplotlib 3.11.2 with
/// `font.family: ["DejaVu Sans", "STIXGeneral"]` (pixels).
struct FallbackFontFixture: Decodable {
    /// A string with a character neither font has, and matplotlib's
    /// warnings about it.
    struct Missing: Decodable {
        let text: String
        let warnings: [String]
    }

    let matplotlib: String
    let metrics: [TextExtentFixture.Metrics]
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
