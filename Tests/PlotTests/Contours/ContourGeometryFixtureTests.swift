import Foundation
import TestSupport
import Testing
@testable import Plot

/// Line and filled contours against contourpy 1.3.3's mpl2014 algorithm, as
/// matplotlib 3.11.2 draws them (`contour_geometry.json`): the same lines
/// and polygons, in the same order, each with the same vertices in the same
/// order and the same path codes.
@Suite struct ContourGeometryFixtureTests {
    static var gridNames: [String] { ContourGeometryFixture.shared.grids.map(\.name) }

    /// The largest coordinate difference, or infinity when the paths differ in shape.
    static func difference(_ ours: (points: [Point], codes: [Int]), _ theirs: ContourGeometryFixture.PathData) -> Double {
        guard ours.codes == theirs.codes, ours.points.count == theirs.points.count else { return .infinity }
        return zip(ours.points, theirs.points).map { max(abs($0.x - $1[0]), abs($0.y - $1[1])) }.max() ?? 0
    }

    @Test(arguments: gridNames)
    func linesMatchContourpy(_ name: String) throws {
        let fixture = ContourGeometryFixture.grid(named: name)
        let grid = try fixture.grid()
        for line in fixture.lines {
            let curves = grid.lines(at: line.level)
            #expect(curves.count == line.curves.count, "\(name) at \(line.level): \(curves.count) lines, contourpy \(line.curves.count)")
            for (index, (curve, expected)) in zip(curves, line.curves).enumerated() {
                let difference = Self.difference(ContourPathCodes.path(of: curve), expected)
                #expect(difference <= 1e-9, "\(name) at \(line.level), line \(index): \(difference)")
            }
        }
    }

    @Test(arguments: gridNames)
    func filledRegionsMatchContourpy(_ name: String) throws {
        let fixture = ContourGeometryFixture.grid(named: name)
        let grid = try fixture.grid()
        for band in fixture.bands {
            let regions = try grid.filledRegions(lower: band.lower, upper: band.upper)
            #expect(regions.count == band.polygons.count, "\(name) \(band.lower)...\(band.upper): \(regions.count) polygons, contourpy \(band.polygons.count)")
            for (index, (region, expected)) in zip(regions, band.polygons).enumerated() {
                let difference = Self.difference(ContourPathCodes.path(of: region), expected)
                #expect(difference <= 1e-9, "\(name) \(band.lower)...\(band.upper), polygon \(index): \(difference)")
            }
        }
    }
}
