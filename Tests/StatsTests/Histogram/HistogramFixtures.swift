import Foundation
import Testing
@testable import Stats

/// The numpy histogram fixtures (`histogram_numpy.json`) and the data they describe.
struct HistogramDataset: Decodable, Sendable, CustomTestStringConvertible {
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
    let recipe: DataRecipe?
    let cases: [Case]

    var testDescription: String { name }

    static let all: [HistogramDataset] =
        NumpyFixtures.load([HistogramDataset].self, from: "histogram_numpy.json")

    /// The data: stored, or regenerated from its recipe.
    func data() throws -> [Double] {
        if let values { return values }
        return try #require(recipe).values()
    }

    enum FixtureError: Error { case unknownRule(String) }
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
