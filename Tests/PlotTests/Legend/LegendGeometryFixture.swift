import Foundation
@testable import Plot

/// legend_geometry.json, written by Fixtures/generate_text_legend_fixtures.py
/// from matplotlib 3.11.2 (pixels, origin top left, boxes [left, top, right, bottom]).
struct LegendGeometryFixture: Decodable {
    /// A label or title: its baseline-left origin and window extent.
    struct Text: Decodable {
        let text: String
        let fontsize: Double
        let origin: [Double]
        let extent: [Double]
    }

    /// A line handle's end points or a patch handle's extent.
    struct Handle: Decodable {
        let kind: String
        let start: [Double]?
        let end: [Double]?
        let extent: [Double]?
    }

    struct Entry: Decodable {
        let text: String
        let fontsize: Double
        let origin: [Double]
        let extent: [Double]
        let handle: Handle
    }

    /// One legend of proxy handles on axes holding the diagonal (0,0)–(1,1).
    struct Case: Decodable {
        let loc: String
        let fontsize: Double
        let dpi: Double
        let figsize: [Double]
        let canvas: [Double]
        let axes: [Double]
        let frame: [Double]
        let title: Text?
        let entries: [Entry]
    }

    let cases: [Case]

    static let shared: LegendGeometryFixture = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("legend_geometry.json")
        return try! JSONDecoder().decode(LegendGeometryFixture.self, from: Data(contentsOf: url))
    }()
}

extension LegendLocation {
    /// The location of matplotlib's `loc` string ("upper right", "best", …).
    init?(matplotlibName: String) {
        let camel = matplotlibName.split(separator: " ").enumerated()
            .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        self.init(rawValue: camel)
    }
}
