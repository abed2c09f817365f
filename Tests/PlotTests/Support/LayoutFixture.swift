import Foundation
import TestSupport

/// One file written by `Fixtures/generate_layout_fixtures.py`: cases of a
/// figure spec and what matplotlib 3.11.2 drew for it.
struct LayoutFixture<Expected: Decodable & Sendable>: Decodable, Sendable {
    struct Case: Decodable, Sendable {
        let name: String
        let spec: FigureSpec
        let expected: Expected
    }

    let matplotlib: String
    let cases: [Case]

    /// The fixture file `name` of the PlotTests bundle.
    static func load(_ name: String) -> LayoutFixture {
        FixtureFile.load(name, from: Bundle.module)
    }

    /// The case called `name`.
    func named(_ name: String) throws -> Case {
        guard let found = cases.first(where: { $0.name == name }) else { throw FixtureSpecError.unknown("case \(name)") }
        return found
    }
}
