import Foundation
@testable import Plot

/// A figure as seaborn 0.13.2 + matplotlib 3.11.2 drew it, from the fixtures
/// written by Fixtures/generate_seaborn_fixtures.py (pixels with the origin
/// at the top left; boxes are [left, top, right, bottom]).
struct SeabornFixture: Decodable {
    struct Component: Decodable { let mean: Double; let scale: Double; let values: [Double] }
    struct DataSets: Decodable {
        let components: [Component]?
        let x: [Double]?
        let y: [Double]?
        let bar_x: [Double]?
        let bar_height: [Double]?
    }
    struct Tick: Decodable { let value: Double; let px: Double; let label: String }
    struct TextInfo: Decodable { let text: String; let anchor_px: [Double]?; let extent_px: [Double]? }
    struct AxisInfo: Decodable { let ticks: [Tick]; let label: TextInfo }

    /// One matplotlib artist; which fields are present depends on `type`.
    struct ArtistInfo: Decodable {
        let type: String
        let zorder: Double
        /// rectangle: [left, top, right, bottom]
        let box: [Double]?
        /// line: the polyline in pixels
        let points: [[Double]]?
        /// line_collection: [[x0, y0], [x1, y1]] per segment
        let segments: [[[Double]]]?
        /// poly_collection: the outlines in pixels
        let polygons: [[[Double]]]?
        let facecolor: [Double]?
        let edgecolor: [Double]?
        let color: [Double]?
        let linewidth: Double?

        enum CodingKeys: String, CodingKey {
            case type, zorder, px, segments_px, paths_px, facecolor, edgecolor, color, colors, linewidth,
                linewidths, facecolors, edgecolors
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(String.self, forKey: .type)
            zorder = try c.decode(Double.self, forKey: .zorder)
            box = type == "rectangle" ? try c.decode([Double].self, forKey: .px) : nil
            points = type == "line" ? try c.decode([[Double?]].self, forKey: .px).compactMap { pair in
                pair.allSatisfy { $0 != nil } ? pair.compactMap { $0 } : nil
            } : nil
            segments = type == "line_collection" ? try c.decode([[[Double]]].self, forKey: .segments_px) : nil
            polygons = type == "poly_collection" ? try c.decode([[[Double]]].self, forKey: .paths_px) : nil
            facecolor = try c.decodeIfPresent([Double].self, forKey: .facecolor)
                ?? c.decodeIfPresent([[Double]].self, forKey: .facecolors)?.first
            edgecolor = try c.decodeIfPresent([Double].self, forKey: .edgecolor)
                ?? c.decodeIfPresent([[Double]].self, forKey: .edgecolors)?.first
            color = try c.decodeIfPresent([Double].self, forKey: .color)
                ?? c.decodeIfPresent([[Double]].self, forKey: .colors)?.first
            linewidth = try c.decodeIfPresent(Double.self, forKey: .linewidth)
                ?? c.decodeIfPresent([Double].self, forKey: .linewidths)?.first
        }
    }

    struct AxesInfo: Decodable {
        let bbox_px: [Double]
        let xlim: [Double]
        let ylim: [Double]
        let xaxis: AxisInfo
        let yaxis: AxisInfo
        let title: TextInfo
        let artists: [ArtistInfo]
    }

    let name: String
    let figsize: [Double]
    let dpi: Double
    let data: DataSets
    let axes: [AxesInfo]

    static func load(_ name: String) throws -> SeabornFixture {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("seaborn_\(name).json")
        return try JSONDecoder().decode(SeabornFixture.self, from: Data(contentsOf: url))
    }
}

extension Color {
    /// The colour as matplotlib's RGBA list.
    var rgba: [Double] { [red, green, blue, alpha] }
}
