import Testing
@testable import Plot

/// ScalarFormatter on hand-picked locations and settings (ticks_formatter.json), against matplotlib.
@Suite struct TicksFormatterFixtureTests {
    static let cases = try! TickFixtures.load("ticks_formatter.json", as: FormatterFixture.self).cases

    static func formatter(_ settings: FormatterFixture.Settings) -> ScalarFormatter {
        let limits = settings.powerLimits ?? [-5, 6]
        return ScalarFormatter(
            useOffset: settings.useOffset ?? true, offsetThreshold: settings.offsetThreshold ?? 4,
            lowerPowerLimit: limits[0], upperPowerLimit: limits[1],
            useScientific: settings.scientific ?? true, unicodeMinus: settings.unicodeMinus ?? true)
    }

    @Test func fixtureHasCases() {
        #expect(Self.cases.count >= 100)
    }

    @Test(arguments: 0..<cases.count) func matchesMatplotlib(_ index: Int) {
        let item = Self.cases[index]
        let text = Self.formatter(item.settings).format(item.locs, viewMin: item.view[0], viewMax: item.view[1])
        #expect(text.labels == item.labels, "\(item.settings) \(item.locs)")
        #expect(text.offsetText == item.offsetText, "\(item.settings) \(item.locs)")
    }

    @Test func noLocationsGiveNoLabels() {
        let text = ScalarFormatter().format([], viewMin: 0, viewMax: 1)
        #expect(text.labels.isEmpty)
        #expect(text.offsetText.isEmpty)
    }
}
