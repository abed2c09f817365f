import Foundation
@testable import Plot

/// A figure as seaborn 0.13.2 + matplotlib 3.11.2 drew it, from the fixtures
/// written by Fixtures/generate_seaborn_fixtures.py (pixels with the origin
/// at the top left; boxes are [left, top, right, bottom]).
struct SeabornFixture: Decodable {
    struct Component: Decodable { let mean: Double; let scale: Double; let values: [Double] }
    struct Group: Decodable { let name: String; let values: [Double] }
    struct DataSets: Decodable {
        let components: [Component]?
        let x: [Double]?
        let y: [Double]?
        let bar_x: [Double]?
        let bar_height: [Double]?
        /// The hue groups in seaborn's hue order, with the names of the
        /// value and hue columns.
        let groups: [Group]?
        let x_name: String?
        let hue_name: String?
    }
    struct Tick: Decodable { let value: Double; let px: Double; let label: String; let label_extent_px: [Double] }
    struct TextInfo: Decodable {
        let text: String
        let anchor_px: [Double]?
        let extent_px: [Double]?
        let fontsize: Double
        let color: [Double]
    }
    struct AxisInfo: Decodable { let ticks: [Tick]; let label: TextInfo; let offset_text: String }

    /// matplotlib's legend: its frame, optional title and entries.
    struct LegendInfo: Decodable {
        struct Entry: Decodable {
            let text: String
            let fontsize: Double
            let text_extent_px: [Double]
            /// "Rectangle" (a patch handle) or "Line2D".
            let handle_type: String
            let handle_extent_px: [Double]
            /// A line handle's points (its extent is padded by a marker size).
            let handle_px: [[Double]]?
            let color: [Double]
            let edgecolor: [Double]?
            let linewidth: Double
        }
        let frame_extent_px: [Double]
        let title: TextInfo?
        let frame_facecolor: [Double]
        let frame_edgecolor: [Double]
        let frame_linewidth: Double
        let entries: [Entry]
    }

    /// How the axes themselves are styled.
    struct Look: Decodable {
        struct Spine: Decodable { let visible: Bool; let color: [Double]; let linewidth: Double }
        struct AxisLook: Decodable {
            let tick_visible: Bool
            let tick_size: Double
            let tick_width: Double
            let tick_color: [Double]
            let tick_pad: Double
            let label_size: Double
            let label_color: [Double]
            let grid_visible: Bool
            let grid_color: [Double]
            let grid_width: Double
            let zorder: Double
        }
        let facecolor: [Double]
        let spines: [String: Spine]
        let xaxis: AxisLook
        let yaxis: AxisLook
        let font_file: String
    }

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
        /// line: solid_capstyle; line_collection: capstyle.
        let capstyle: String?

        enum CodingKeys: String, CodingKey {
            case type, zorder, px, segments_px, paths_px, facecolor, edgecolor, color, colors, linewidth,
                linewidths, facecolors, edgecolors, capstyle, solid_capstyle
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
            capstyle = try c.decodeIfPresent(String.self, forKey: .solid_capstyle)
                ?? c.decodeIfPresent(String.self, forKey: .capstyle)
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
        let legend: LegendInfo?
        let look: Look
    }

    /// The seaborn theme in force (theme figures only): `sns.axes_style()`,
    /// `sns.plotting_context()` and `sns.color_palette()`.
    struct ThemeInfo: Decodable {
        struct Style: Decodable {
            let axesFaceColor: [Double]
            let axesEdgeColor: [Double]
            let axesGrid: Bool
            let axesAxisBelow: Bool
            let labelColor: [Double]
            let gridColor: [Double]
            let patchEdgeColor: [Double]
            let forceEdgeColor: Bool
            let textColor: [Double]
            let xTickColor: [Double]
            let yTickColor: [Double]
            let xTickBottom: Bool
            let yTickLeft: Bool
            let solidCapStyle: String
            let figureFaceColor: [Double]
            let spinesTop: Bool
            let spinesRight: Bool

            enum CodingKeys: String, CodingKey {
                case axesFaceColor = "axes.facecolor", axesEdgeColor = "axes.edgecolor", axesGrid = "axes.grid"
                case axesAxisBelow = "axes.axisbelow", labelColor = "axes.labelcolor", gridColor = "grid.color"
                case patchEdgeColor = "patch.edgecolor", forceEdgeColor = "patch.force_edgecolor"
                case textColor = "text.color", xTickColor = "xtick.color", yTickColor = "ytick.color"
                case xTickBottom = "xtick.bottom", yTickLeft = "ytick.left", solidCapStyle = "lines.solid_capstyle"
                case figureFaceColor = "figure.facecolor", spinesTop = "axes.spines.top", spinesRight = "axes.spines.right"
            }
        }
        struct Context: Decodable {
            let fontSize: Double
            let labelSize: Double
            let titleSize: Double
            let xTickLabelSize: Double
            let legendFontSize: Double
            let legendTitleFontSize: Double
            let axesLineWidth: Double
            let gridLineWidth: Double
            let lineWidth: Double
            let patchLineWidth: Double
            let xTickMajorSize: Double
            let xTickMajorWidth: Double

            enum CodingKeys: String, CodingKey {
                case fontSize = "font.size", labelSize = "axes.labelsize", titleSize = "axes.titlesize"
                case xTickLabelSize = "xtick.labelsize", legendFontSize = "legend.fontsize"
                case legendTitleFontSize = "legend.title_fontsize", axesLineWidth = "axes.linewidth"
                case gridLineWidth = "grid.linewidth", lineWidth = "lines.linewidth", patchLineWidth = "patch.linewidth"
                case xTickMajorSize = "xtick.major.size", xTickMajorWidth = "xtick.major.width"
            }
        }
        let style: Style
        let context: Context
        let palette: [[Double]]
    }

    let name: String
    let figsize: [Double]
    let dpi: Double
    let facecolor: [Double]
    let data: DataSets
    let theme: ThemeInfo?
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
