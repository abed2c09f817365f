import Foundation
import Testing
@testable import Stats

/// The numpy histogram fixtures (`histogram_numpy.json`) and the data they describe.
struct HistogramDataset: Decodable, Sendable, CustomTestStringConvertible {
    struct Recipe: Decodable, Sendable {
        let kind: String
        let seed: UInt32?
        let count: Int?
        let a: Double?
        let b: Double?
    }
    struct BinSpec: Decodable, Sendable {
        let rule: String?
        let count: Int?
        let width: Double?
        let edges: [Double]?
    }
    struct WeightRecipe: Decodable, Sendable {
        let seed: UInt32
        let low: Double
        let high: Double
    }
    struct Case: Decodable, Sendable {
        let bins: BinSpec
        let range: [Double]?
        let weights: WeightRecipe?
        let bin_count: Int
        let counts: [Double]
        let edges: [Double]?
        let edge_samples: [[Double]]?
        let density: [Double]?
    }

    let name: String
    let values: [Double]?
    let recipe: Recipe?
    let cases: [Case]

    var testDescription: String { name }

    static let all: [HistogramDataset] =
        (try? NumpyFixtures.load([HistogramDataset].self, from: "histogram_numpy.json")) ?? []

    /// The data: stored, or regenerated from the legacy RandomState recipe.
    func data() throws -> [Double] {
        if let values { return values }
        let recipe = try #require(recipe)
        if recipe.kind == "notebook" { return try NotebookData.generate().data }
        var rng = RandomState(seed: try #require(recipe.seed))
        let count = try #require(recipe.count)
        let a = try #require(recipe.a)
        let b = try #require(recipe.b)
        switch recipe.kind {
        case "normal": return try rng.normal(loc: a, scale: b, count: count)
        case "laplace": return try rng.laplace(loc: a, scale: b, count: count)
        case "uniform": return try rng.uniform(low: a, high: b, count: count)
        case "randint": return try rng.randint(low: Int(a), high: Int(b), count: count).map(Double.init)
        default: throw FixtureError.unknownRecipe(recipe.kind)
        }
    }

    enum FixtureError: Error { case unknownRecipe(String), unknownRule(String) }
}

extension HistogramDataset.BinSpec {
    func bins() throws -> Bins {
        if let rule {
            guard let parsed = BinRule(rawValue: rule) else { throw HistogramDataset.FixtureError.unknownRule(rule) }
            return .rule(parsed)
        }
        if let count { return .count(count) }
        if let width { return .width(width) }
        return .edges(edges ?? [])
    }

    var describesExplicitEdges: Bool { edges != nil }
}

extension HistogramDataset.Case {
    var closedRange: ClosedRange<Double>? {
        guard let range else { return nil }
        return range[0]...range[1]
    }

    func weightValues(count: Int) throws -> [Double]? {
        guard let weights else { return nil }
        var rng = RandomState(seed: weights.seed)
        return try rng.uniform(low: weights.low, high: weights.high, count: count)
    }
}

/// Exact equality including the sign of zero, with a readable first mismatch.
func firstBitwiseMismatch(_ actual: [Double], _ expected: [Double]) -> String? {
    guard actual.count == expected.count else { return "length \(actual.count) != \(expected.count)" }
    for i in actual.indices where actual[i].bitPattern != expected[i].bitPattern {
        return "index \(i): \(actual[i]) != \(expected[i])"
    }
    return nil
}
