import Foundation
@testable import Plot

/// Decoded `ticks_log_axis.json` (see Fixtures/generate_log_tick_fixtures.py).
struct LogAxisFixture: Decodable {
    struct Figure: Decodable {
        let figsize: [Double]
        let fontSizePoints: Double
        let cases: [Case]
    }

    struct Case: Decodable {
        let requested: [Double]?
        let data: [Double]?
        let raises: Bool
        let xView: [Double]?
        let x: AxisRecord?
        let y: AxisRecord?
    }

    struct AxisRecord: Decodable {
        let view: [Double]
        let axisLengthPoints: Double
        let tickSpace: Int
        let majorLocs: [Double]
        let minorLocs: [Double]
        let visibleMajor: [Double]
        let visibleMajorLabels: [String]
        let visibleMinor: [Double]
        let visibleMinorLabels: [String]
        let minorMarksDrawn: Bool
        // autoscaled ("data") cases only
        let dataInterval: [Double]?
        let minpos: Double?
        let nonsingular: [Double]?
        let limited: [Double]?
    }

    let matplotlib: String
    let numpyPowerOfTenNotCorrectlyRounded: [Int]
    let figures: [Figure]
}

/// Decoded `ticks_log_layout.json`.
struct LogLayoutFixture: Decodable {
    struct Glyph: Decodable {
        let fontSize: Double
        let char: String
        let x: Double
        let y: Double
    }

    struct GlyphLayout: Decodable {
        let mathtext: String
        let glyphs: [Glyph]
    }

    struct AxisExtents: Decodable {
        let values: [Double]
        let labels: [String]
        let displayPositions: [Double]
        let extents: [[Double]]
    }

    struct LabelExtents: Decodable {
        let requested: [Double]
        let x: AxisExtents
        let y: AxisExtents
    }

    let fontSizePoints: Double
    let labelExtents: [LabelExtents]
    let glyphLayouts: [GlyphLayout]
}

extension LogTick {
    /// The label text matplotlib reports (`""` for no label).
    var mathtext: String { label?.mathtext ?? "" }
}
