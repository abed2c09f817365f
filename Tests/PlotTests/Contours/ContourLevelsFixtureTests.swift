import Foundation
import TestSupport
import Testing
@testable import Plot

/// The levels matplotlib 3.11.2 chooses for `contour(Z, levels=N)` and
/// `contourf(Z, levels=N)` (`ContourSet._autolev`), and the bands contourf
/// fills (`_get_lowers_and_uppers`), from `contour_levels.json`.
@Suite struct ContourLevelsFixtureTests {
    struct Fixture: Decodable, Sendable {
        struct Case: Decodable, Sendable {
            let name: String
            let n: Int?
            let zmin: Double
            let zmax: Double
            let contour: [Double]
            let contourf: [Double]
            let lowers: [Double]
            let uppers: [Double]
        }

        let cases: [Case]
    }

    static let fixture: Fixture = FixtureFile.load("contour_levels.json", from: Bundle.module)

    static var caseNames: [String] { fixture.cases.map { "\($0.name) n=\($0.n.map(String.init) ?? "None")" } }

    static func levels(_ testCase: Fixture.Case) -> ContourLevels {
        testCase.n.map { .count($0) } ?? .automatic
    }

    @Test(arguments: zip(fixture.cases, caseNames))
    func levelsMatchMatplotlib(_ testCase: Fixture.Case, _ name: String) throws {
        let range = testCase.zmin...testCase.zmax
        #expect(try Self.levels(testCase).resolved(for: range) == testCase.contour, "\(name) contour")
        let filled = try Self.levels(testCase).resolved(for: range, filled: true)
        #expect(filled == testCase.contourf, "\(name) contourf")
        let bands = ContourLevels.bands(filled, zmin: testCase.zmin)
        #expect(bands.map(\.lower) == testCase.lowers && bands.map(\.upper) == testCase.uppers, "\(name) bands")
    }

    @Test func explicitLevelsAreChecked() throws {
        #expect(try ContourLevels.values([0.5]).resolved(for: 0...1) == [0.5])
        #expect(throws: PlotError.self) { try ContourLevels.values([0.5]).resolved(for: 0...1, filled: true) }
        #expect(throws: PlotError.self) { try ContourLevels.values([1, 1]).resolved(for: 0...1) }
        #expect(throws: PlotError.self) { try ContourLevels.values([2, 1]).resolved(for: 0...1) }
        #expect(throws: PlotError.self) { try ContourLevels.values([0, .nan]).resolved(for: 0...1) }
        #expect(throws: PlotError.self) { try ContourLevels.values([]).resolved(for: 0...1) }
        #expect(throws: PlotError.self) { try ContourLevels.count(-1).resolved(for: 0...1) }
        #expect(try ContourLevels.values([-.infinity, 0, .infinity]).resolved(for: 0...1, filled: true).count == 3)
    }
}
