import Foundation
import Testing
import TestSupport
@testable import Stats

/// Loads the numpy-generated JSON fixtures written by `generate_numpy_fixtures.py`,
/// stopping the run when one is missing or malformed (``FixtureFile``).
enum NumpyFixtures {
    static func load<T: Decodable>(_ type: T.Type, from name: String) -> T {
        FixtureFile.load(name, as: type, from: .module)
    }
}

/// A data set too large to store, described by the legacy `np.random.RandomState`
/// call that made it (regenerated here with ``RandomState``), or the notebook's data.
struct DataRecipe: Decodable, Sendable {
    let kind: String
    let seed: UInt32?
    let count: Int?
    let a: Double?
    let b: Double?

    struct UnknownKind: Error { let kind: String }

    func values() throws -> [Double] {
        if kind == "notebook" { return try NotebookData.generate().data }
        var rng = RandomState(seed: try #require(seed))
        let count = try #require(count)
        let a = try #require(a)
        let b = try #require(b)
        switch kind {
        case "normal": return try rng.normal(loc: a, scale: b, count: count)
        case "laplace": return try rng.laplace(loc: a, scale: b, count: count)
        case "uniform": return try rng.uniform(low: a, high: b, count: count)
        case "randint": return try rng.randint(low: Int(a), high: Int(b), count: count).map(Double.init)
        default: throw UnknownKind(kind: kind)
        }
    }
}
