import Foundation
@testable import Plot

/// text_extents.json, written by Fixtures/generate_text_legend_fixtures.py
/// from matplotlib 3.11.2 (pixels, origin top left, boxes [left, top, right, bottom]).
struct TextExtentFixture: Decodable {
    /// `RendererAgg.get_text_width_height_descent` of one string, and (in
    /// fallback_font_extents.json) the font file each of its glyphs came from.
    struct Metrics: Decodable {
        let text: String
        let size: Double
        let dpi: Double
        let weight: String
        let width: Double
        let height: Double
        let descent: Double
        let faces: [String]?
    }

    /// A `Text` aligned at an anchor, and its window extent.
    struct Placement: Decodable {
        let text: String
        let size: Double
        let dpi: Double
        let rotation: Double
        let ha: String
        let va: String
        let anchor: [Double]
        let extent: [Double]
    }

    let metrics: [Metrics]
    let placements: [Placement]

    static let shared: TextExtentFixture = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("text_extents.json")
        return try! JSONDecoder().decode(TextExtentFixture.self, from: Data(contentsOf: url))
    }()
}

extension TextStyle.Weight {
    /// The weight a fixture names ("regular", "bold", "oblique").
    init?(fixtureName: String) {
        switch fixtureName {
        case "regular": self = .regular
        case "bold": self = .bold
        case "oblique": self = .oblique
        default: return nil
        }
    }
}

extension TextAlignment {
    /// The alignment of matplotlib's `ha` and `va` names.
    init?(ha: String, va: String) {
        let horizontal: Horizontal
        switch ha {
        case "left": horizontal = .left
        case "center": horizontal = .center
        case "right": horizontal = .right
        default: return nil
        }
        let vertical: Vertical
        switch va {
        case "top": vertical = .top
        case "center": vertical = .center
        case "center_baseline": vertical = .centerBaseline
        case "baseline": vertical = .baseline
        case "bottom": vertical = .bottom
        default: return nil
        }
        self.init(horizontal, vertical)
    }
}
