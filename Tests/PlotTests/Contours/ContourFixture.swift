import Foundation
import TestSupport
@testable import Plot

/// `contour_geometry.json` (made by `generate_contour_fixtures.py`):
/// contourpy 1.3.3's mpl2014 lines and polygons for the grids matplotlib
/// 3.11.2 contours, with the levels it chose and its axes limits.
struct ContourGeometryFixture: Decodable, Sendable {
    /// A value of z: a number, or "nan", "inf" or "-inf".
    typealias Value = FixtureNumber

    /// One path of contourpy's output: vertices and matplotlib path codes.
    struct PathData: Decodable, Sendable {
        let points: [[Double]]
        let codes: [Int]
    }

    struct Line: Decodable, Sendable {
        let level: Double
        let curves: [PathData]
    }

    struct Band: Decodable, Sendable {
        let lower: Double
        let upper: Double
        let polygons: [PathData]
    }

    struct Grid: Decodable, Sendable {
        let name: String
        let x: [Double]
        let y: [Double]
        let z: [[Value]]
        let cornerMask: Bool
        let levelsArgument: LevelsArgument?
        let lineLevels: [Double]
        let filledLevels: [Double]
        let lines: [Line]
        let bands: [Band]
        let xlim: [Double]
        let ylim: [Double]

        enum CodingKeys: String, CodingKey {
            case name, x, y, z, lines, bands, xlim, ylim
            case cornerMask = "corner_mask", levelsArgument = "levels_argument"
            case lineLevels = "line_levels", filledLevels = "filled_levels"
        }

        func grid() throws -> ContourGrid {
            try ContourGrid(x: x, y: y, z: z.map { $0.map(\.value) }, cornerMask: cornerMask)
        }
    }

    /// matplotlib's `levels=` argument: a count or a list.
    enum LevelsArgument: Decodable, Sendable {
        case count(Int)
        case values([Double])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int.self) {
                self = .count(count)
            } else {
                self = .values(try container.decode([Double].self))
            }
        }
    }

    let grids: [Grid]

    static let shared: ContourGeometryFixture = FixtureFile.load("contour_geometry.json", from: Bundle.module)

    static func grid(named name: String) -> Grid {
        guard let grid = shared.grids.first(where: { $0.name == name }) else { fatalError("no grid \(name)") }
        return grid
    }
}

/// The vertices and path codes matplotlib's path holds for our geometry.
enum ContourPathCodes {
    static let moveTo = 1, lineTo = 2, closePolygon = 79

    static func path(of curve: ContourCurve) -> (points: [Point], codes: [Int]) {
        var codes = curve.points.indices.map { $0 == 0 ? moveTo : lineTo }
        if curve.isClosed { codes[codes.count - 1] = closePolygon }
        return (curve.points, codes)
    }

    static func path(of region: ContourRegion) -> (points: [Point], codes: [Int]) {
        var points: [Point] = [], codes: [Int] = []
        for ring in region.rings {
            points += ring + ring.prefix(1)
            codes += ring.indices.map { $0 == 0 ? moveTo : lineTo } + [closePolygon]
        }
        return (points, codes)
    }
}
