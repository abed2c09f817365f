import Foundation
import Testing
import TestSupport
@testable import Plot

/// Every marker outline against matplotlib's `MarkerStyle` (markers.json,
/// written by Fixtures/generate_marker_fixtures.py).
@Suite struct MarkerShapeTests {
    struct Fixture: Decodable {
        struct Shape: Decodable, CustomTestStringConvertible {
            let symbol: String
            /// (code, x, y): 1 move, 2 line, 4 cubic control or end point, 79 close.
            let rows: [[Double]]
            let filled: Bool
            let join: String
            let cap: String
            /// -1 for infinity.
            let snap_threshold: Double?
            var testDescription: String { "'\(symbol)'" }
        }
        let markers: [Shape]
    }

    static let shapes = FixtureFile.load("markers.json", as: Fixture.self, from: .module).markers

    /// matplotlib's rows for a path: each element's points with their codes.
    private func rows(of path: Path) -> [(code: Int, point: Point?)] {
        path.elements.flatMap { element -> [(code: Int, point: Point?)] in
            switch element {
            case .move(let point): return [(1, point)]
            case .line(let point): return [(2, point)]
            case let .curve(c1, c2, end): return [(4, c1), (4, c2), (4, end)]
            case .close: return [(79, nil)]
            }
        }
    }

    @Test(arguments: shapes)
    func outlineAndStyleMatchMatplotlib(_ shape: Fixture.Shape) throws {
        let marker = try Marker(shape.symbol)
        let ours = rows(of: marker.path)
        try #require(ours.count == shape.rows.count, "\(ours.count) vs \(shape.rows.count) rows")
        for (row, expected) in zip(ours, shape.rows) {
            #expect(row.code == Int(expected[0]))
            if let point = row.point {
                #expect(abs(point.x - expected[1]) < 1e-12 && abs(point.y - expected[2]) < 1e-12,
                        "\(point) vs (\(expected[1]), \(expected[2]))")
            }
        }
        #expect(marker.isFilled == shape.filled)
        #expect(marker.join.rawValue == shape.join)
        #expect(marker.cap.rawValue == shape.cap)
        let threshold = shape.snap_threshold.map { $0 < 0 ? Double.infinity : $0 }
        #expect(marker.snapThreshold == threshold)
    }

    @Test func everySymbolIsCoveredAndUnknownOnesAreRefused() {
        #expect(Set(Marker.symbols) == Set(Self.shapes.map(\.symbol)))
        #expect(throws: PlotError.self) { try Marker("q") }
    }
}

/// Format strings and step lines against matplotlib (markers.json).
@Suite struct FormatStringAndStepTests {
    struct Fixture: Decodable {
        struct Format: Decodable, CustomTestStringConvertible {
            let format: String
            /// "default" (solid), "None" (no line) or the style.
            let linestyle: String
            let marker: String?
            let color: [Double]?
            var testDescription: String { "'\(format)'" }
        }
        struct Steps: Decodable {
            struct Vertices: Decodable { let x: [Double]; let y: [Double] }
            let x: [Double]
            let y: [Double]
            let styles: [String: Vertices]
        }
        let formats: [Format]
        let steps: Steps
    }

    static let fixture = FixtureFile.load("markers.json", as: Fixture.self, from: .module)

    @Test(arguments: fixture.formats)
    func formatStringsParseAsMatplotlibs(_ expected: Fixture.Format) throws {
        let parsed = try FormatString(expected.format)
        #expect(parsed.marker?.symbol == expected.marker)
        switch expected.linestyle {
        case "None": #expect(parsed.lineStyle == nil)
        case "default": #expect(parsed.lineStyle == .solid)
        default: #expect(parsed.lineStyle?.rawValue == expected.linestyle)
        }
        let color = parsed.resolvedColor(cycle: Color.tab10)
        if let rgba = expected.color {
            let ours = try #require(color)
            #expect(zip([ours.red, ours.green, ours.blue, ours.alpha], rgba).allSatisfy { abs($0 - $1) < 1e-12 })
        } else {
            #expect(color == nil)
        }
    }

    @Test func badFormatStringsAreRefused() {
        #expect(throws: PlotError.self) { try FormatString("oq") }
        #expect(throws: PlotError.self) { try FormatString("o^") }
        #expect(throws: PlotError.self) { try FormatString("--:") }
        #expect(throws: PlotError.self) { try FormatString("rk") }
    }

    @Test(arguments: [("pre", DrawStyle.stepsPre), ("post", .stepsPost), ("mid", .stepsMid)])
    func stepVerticesMatchMatplotlib(name: String, style: DrawStyle) throws {
        let steps = Self.fixture.steps
        let expected = try #require(steps.styles[name])
        let ours = style.vertices(x: steps.x, y: steps.y)
        #expect(ours.x == expected.x && ours.y == expected.y)
    }
}

/// Markers land where Agg's `draw_markers` puts them.
@Suite struct MarkerPlacementTests {
    @Test func unsnappedMarkersSitOnPixelCentres() {
        let circle = MarkerStyle(.circle).devicePath(dpi: 100)
        let placement = MarkerPlacement(marker: circle, strokePixels: 1.4, snap: .never, raster: true)
        let centre = placement.outline(at: Point(10.4, 20.6)).vertices.first!
        // The circle's first point is its bottom (y down: +radius) at the pixel centre (10.5, 21.5).
        #expect(abs(centre.x - 10.5) < 1e-12 && abs(centre.y - (21.5 + 6 * 100 / 72 / 2)) < 1e-12)
    }

    @Test func snappedOutlinesLandOnTheGridAndVectorOutputIsExact() {
        let square = MarkerStyle(.square).devicePath(dpi: 100)
        let snapped = MarkerPlacement(marker: square, strokePixels: 1.4, snap: .always, raster: true)
        #expect(snapped.outline(at: Point(10.4, 20.6)).vertices.allSatisfy {
            $0.x - $0.x.rounded(.down) == 0.5 && $0.y - $0.y.rounded(.down) == 0.5
        }, "odd stroke widths snap to pixel centres")
        let vector = MarkerPlacement(marker: square, strokePixels: 1.4, snap: .always, raster: false)
        #expect(vector.outline(at: Point(10.4, 20.6)) == square.translated(dx: 10.4, dy: 20.6))
    }
}
