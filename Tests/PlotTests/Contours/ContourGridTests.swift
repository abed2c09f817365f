import Testing
@testable import Plot

/// `ContourGrid`'s checks of its input, as matplotlib's `_check_xyz` and
/// contourpy's `filled` make them, and the masking of invalid values.
@Suite struct ContourGridTests {
    @Test func shapesAreChecked() {
        #expect(throws: PlotError.self) { try ContourGrid(x: [0], y: [0, 1], z: [[0], [1]]) }
        #expect(throws: PlotError.self) { try ContourGrid(x: [0, 1], y: [0], z: [[0, 1]]) }
        #expect(throws: PlotError.self) { try ContourGrid(x: [0, 1], y: [0, 1], z: [[0, 1]]) }
        #expect(throws: PlotError.self) { try ContourGrid(x: [0, 1], y: [0, 1], z: [[0, 1], [1]]) }
        #expect(throws: PlotError.self) { try ContourGrid(x: [0, .nan], y: [0, 1], z: [[0, 1], [1, 2]]) }
        #expect(throws: PlotError.invalidArgument("contour: row 1 of z has 3 values but x has 2")) {
            try ContourGrid(x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2, 3]])
        }
    }

    @Test func bandsNeedIncreasingLevels() throws {
        let grid = try ContourGrid(x: [0, 1], y: [0, 1], z: [[0, 1], [1, 2]])
        #expect(throws: PlotError.self) { try grid.filledRegions(lower: 1, upper: 1) }
        #expect(throws: PlotError.self) { try grid.filledRegions(lower: .nan, upper: 1) }
    }

    @Test func extentsIgnoreMaskedValues() throws {
        let grid = try ContourGrid(x: [2, 0, 1], y: [-1, 3], z: [[.nan, 1, .infinity], [-2, 5, 0]])
        #expect(grid.zRange == -2...5)
        #expect(grid.bounds.x == 0...2 && grid.bounds.y == -1...3)
        let masked = try ContourGrid(x: [0, 1], y: [0, 1], z: [[.nan, .nan], [.nan, .nan]])
        #expect(masked.zRange == nil)
        #expect(masked.lines(at: 0).isEmpty)
        #expect(try masked.filledRegions(lower: -1, upper: 1).isEmpty)
    }

    /// One masked corner leaves a triangle with `cornerMask`, nothing without.
    @Test func cornerMaskKeepsTriangles() throws {
        let z = [[0.0, 1], [1, .nan]]
        let triangle = try ContourGrid(x: [0, 1], y: [0, 1], z: z)
        let line = try #require(triangle.lines(at: 0.5).first)
        #expect(line.points == [Point(0.5, 0), Point(0, 0.5)] || line.points == [Point(0, 0.5), Point(0.5, 0)])
        let region = try #require(try triangle.filledRegions(lower: -1, upper: 0.5).first)
        #expect(Set(region.exterior) == [Point(0, 0), Point(0.5, 0), Point(0, 0.5)])
        let none = try ContourGrid(x: [0, 1], y: [0, 1], z: z, cornerMask: false)
        #expect(none.lines(at: 0.5).isEmpty)
    }
}
