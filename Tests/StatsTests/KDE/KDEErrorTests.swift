import Testing

@testable import Stats

/// Bad input gets a typed error with a message, never a crash.
@Suite("GaussianKDE input errors")
struct KDEErrorTests {
    @Test func emptyDataIsDataErrorEmpty() {
        #expect(throws: DataError.empty) { try GaussianKDE(data: []) }
    }

    @Test func dataWithoutSpreadIsSingular() {
        #expect(throws: KDEError.singularData(count: 1)) { try GaussianKDE(data: [3]) }
        #expect(throws: KDEError.singularData(count: 4)) { try GaussianKDE(data: [0.1, 0.1, 0.1, 0.1]) }
        // All the weight on one of the values leaves no spread either.
        #expect(throws: KDEError.singularData(count: 3)) { try GaussianKDE(data: [1, 2, 3], weights: [0, 5, 0]) }
    }

    @Test func nonFiniteDataIsRefused() {
        #expect(throws: KDEError.nonFiniteData(count: 2)) { try GaussianKDE(data: [1, .nan, 2, .infinity]) }
    }

    @Test func badWeightsAreDataErrors() {
        #expect(throws: DataError.lengthMismatch(name: "weights", expected: 3, actual: 2)) {
            try GaussianKDE(data: [1, 2, 3], weights: [1, 1])
        }
        #expect(throws: DataError.self) { try GaussianKDE(data: [1, 2, 3], weights: [1, -1, 1]) }
        #expect(throws: DataError.self) { try GaussianKDE(data: [1, 2, 3], weights: [1, .nan, 1]) }
        #expect(throws: DataError.invalidWeights("all weights are zero")) {
            try GaussianKDE(data: [1, 2, 3], weights: [0, 0, 0])
        }
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func badBandwidthSettings(_ value: Double) {
        let factorError = #expect(throws: KDEError.self) { try GaussianKDE(data: [1, 2, 4], bandwidth: .factor(value)) }
        let adjustError = #expect(throws: KDEError.self) { try GaussianKDE(data: [1, 2, 4], adjust: value) }
        if case .invalidBandwidthFactor = factorError {} else { Issue.record("got \(String(describing: factorError))") }
        if case .invalidAdjust = adjustError {} else { Issue.record("got \(String(describing: adjustError))") }
    }

    @Test func badGridSettings() throws {
        let kde = try GaussianKDE(data: [1, 2, 4])
        #expect(throws: KDEError.invalidGridSize(1)) { try kde.supportGrid(gridsize: 1) }
        #expect(throws: KDEError.invalidGridSize(GaussianKDE.maximumGridSize + 1)) {
            try kde.supportGrid(gridsize: GaussianKDE.maximumGridSize + 1)
        }
        #expect(throws: KDEError.invalidCut(-1)) { try kde.supportGrid(cut: -1) }
        #expect(throws: KDEError.invalidClip(lower: 2, upper: 2)) { try kde.supportGrid(clip: 2...2) }
        #expect(throws: KDEError.self) { try kde.supportGrid(clip: 100...200) }
    }

    @Test func clipBoundsTheGrid() throws {
        let kde = try GaussianKDE(data: [1, 2, 4])
        let grid = try kde.supportGrid(clip: 0...(.infinity))
        #expect(grid.first == 0)
        #expect(grid.last == 4 + 3 * kde.covarianceBandwidth)
    }

    @Test func messagesSayWhatToDo() {
        #expect(KDEError.singularData(count: 1).description.contains("at least two distinct values"))
        #expect(KDEError.nonFiniteData(count: 2).description.contains("FiniteSample"))
        #expect(KDEError.invalidGridSize(1).description.contains("between 2"))
    }
}
