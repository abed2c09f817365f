import Testing

@testable import Stats

/// The improved Sheather–Jones rule against KDEpy 1.1.12 (fixtures: kde_isj_cases.json).
@Suite("Improved Sheather–Jones bandwidth matches KDEpy")
struct KDEBandwidthISJTests {
    static let cases = KDEFixtures.isjCases

    @Test func fixturesLoaded() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases.filter { $0.bandwidth != nil })
    func bandwidthMatchesKDEpy(_ fixture: KDEFixtures.ISJCase) throws {
        let expected = try #require(fixture.bandwidth)
        let bandwidth = try ImprovedSheatherJones.bandwidth(data: fixture.data, weights: fixture.weights)
        #expect(abs(bandwidth - expected) <= 1e-10 * expected)
    }

    @Test(arguments: cases.filter { $0.bandwidth == nil })
    func failsWhereKDEpyFails(_ fixture: KDEFixtures.ISJCase) {
        #expect(throws: KDEError.self) {
            try ImprovedSheatherJones.bandwidth(data: fixture.data, weights: fixture.weights)
        }
    }

    /// Through the public API the ISJ width becomes the kernel σ (times `adjust`).
    @Test func isjRuleSetsKernelStandardDeviation() throws {
        let fixture = try #require(Self.cases.first { $0.name == "bimodal500" })
        let expected = try #require(fixture.bandwidth)
        let kde = try GaussianKDE(data: fixture.data, bandwidth: .isj, adjust: 0.5)
        #expect(abs(kde.bandwidth - 0.5 * expected) <= 1e-10 * expected)
    }

    @Test func tooFewValuesIsAClearError() {
        #expect(throws: KDEError.self) { try GaussianKDE(data: [0.25, 1.75], bandwidth: .isj) }
    }
}
