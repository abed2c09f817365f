import Testing
@testable import Plot

/// MaxNLocator with non-default parameters (ticks_locator.json), against real matplotlib.
@Suite struct TicksLocatorFixtureTests {
    static let cases = try! TickFixtures.load("ticks_locator.json", as: LocatorFixture.self).cases

    static func locator(_ params: LocatorFixture.Params) throws -> MaxNLocator {
        let bins: MaxNLocator.BinCount
        switch params.nbins {
        case .auto: bins = .auto
        case let .fixed(count): bins = .fixed(count)
        }
        let pruning: MaxNLocator.Pruning? = switch params.prune {
        case "lower": .lower
        case "upper": .upper
        case "both": .both
        default: nil
        }
        return try MaxNLocator(
            bins: bins, steps: params.steps, integer: params.integer ?? false,
            symmetric: params.symmetric ?? false, pruning: pruning, minimumTickCount: params.minNTicks ?? 2)
    }

    @Test func fixtureHasCases() {
        #expect(Self.cases.count >= 100)
    }

    @Test(arguments: 0..<cases.count) func matchesMatplotlib(_ index: Int) throws {
        let item = Self.cases[index]
        let ticks = try Self.locator(item.params).tickValues(vmin: item.vmin, vmax: item.vmax)
        #expect(ticks == item.ticks, "\(item.params) \(item.vmin)...\(item.vmax)")
    }
}
