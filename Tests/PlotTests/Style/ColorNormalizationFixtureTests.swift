import Foundation
import TestSupport
import Testing
@testable import Plot

/// `Normalize`, `LogNorm` and `TwoSlopeNorm` against matplotlib 3.11.2 (`color_norms.json`):
/// the limits after autoscaling, the normalised values (a value matplotlib masks is NaN here,
/// the colour map's bad colour) and the inverses, all exactly. `LogNorm` goes through the C
/// library's `log10` and `exp`, which may differ from numpy's in the last place on another
/// platform, so it is allowed a few units in the last place.
@Suite struct ColorNormalizationFixtureTests {
    struct Fixture: Decodable, Sendable {
        struct Arguments: Decodable, Sendable {
            let vmin: Double?
            let vmax: Double?
            let vcenter: Double?
            let clip: Bool?
        }

        struct Case: Decodable, Sendable {
            let name: String
            let norm: String
            let args: Arguments
            let hasData: Bool
            let data: [FixtureNumber]
            let values: [FixtureNumber]
            let vmin: FixtureNumber
            let vmax: FixtureNumber
            let mapped: [FixtureNumber?]
            let inverseAt: [FixtureNumber]
            let inverse: [FixtureNumber]
        }

        let cases: [Case]
    }

    static let fixture: Fixture = FixtureFile.load("color_norms.json", from: Bundle.module)

    static var caseNames: [String] { fixture.cases.map(\.name) }

    private func makeNorm(_ testCase: Fixture.Case) throws -> any ColorNormalization {
        let args = testCase.args
        switch testCase.norm {
        case "Normalize": return try Normalize(vmin: args.vmin, vmax: args.vmax, clip: args.clip ?? false)
        case "LogNorm": return try LogNorm(vmin: args.vmin, vmax: args.vmax, clip: args.clip ?? false)
        default: return try TwoSlopeNorm(vcenter: try #require(args.vcenter), vmin: args.vmin, vmax: args.vmax)
        }
    }

    private func agree(_ a: Double, _ b: Double, log: Bool) -> Bool {
        sameNumber(a, b) || (log && isApproximatelyEqual(a, b, relative: 4e-16, absolute: 1e-16))
    }

    @Test(arguments: caseNames)
    func normMatchesMatplotlib(_ name: String) throws {
        let testCase = try #require(Self.fixture.cases.first { $0.name == name })
        var norm = try makeNorm(testCase)
        if testCase.hasData {
            #expect(!norm.isScaled)
            norm = try norm.autoscaled(to: testCase.data.map(\.value))
        }
        #expect(norm.vmin == testCase.vmin.value && norm.vmax == testCase.vmax.value, "\(name): limits")
        let log = testCase.norm == "LogNorm"
        for (value, expected) in zip(testCase.values, testCase.mapped) {
            let mapped = try norm(value.value)
            let wanted = expected?.value ?? .nan
            #expect(agree(mapped, wanted, log: log), "\(name): norm(\(value.value)) = \(mapped), matplotlib \(wanted)")
        }
        for (value, expected) in zip(testCase.inverseAt, testCase.inverse) {
            let inverse = try norm.inverse(value.value)
            #expect(agree(inverse, expected.value, log: log),
                    "\(name): inverse(\(value.value)) = \(inverse), matplotlib \(expected.value)")
        }
    }
}
