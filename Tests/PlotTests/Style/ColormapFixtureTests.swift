import Foundation
import TestSupport
import Testing
@testable import Plot

/// The built-in colour maps against matplotlib 3.11.2 and seaborn 0.13.2
/// (`generate_colormap_fixtures.py`): every entry of every lookup table, `cmap(x)` at floats on
/// and off the table's edges for every name (aliases and reversed maps too), and resampled maps.
@Suite struct ColormapFixtureTests {
    struct Tables: Decodable, Sendable {
        let tables: [String: [[Double]]]
    }

    struct Samples: Decodable, Sendable {
        struct Map: Decodable, Sendable {
            let name: String
            let colors: [[Double]]
            let under: [Double]
            let over: [Double]
            let bad: [Double]
        }

        struct Resampled: Decodable, Sendable {
            let map: String
            let count: Int
            let name: String
            let colors: [[Double]]
        }

        let x: [FixtureNumber]
        let maps: [String: Map]
        let resampled: [Resampled]
    }

    static let tables: Tables = FixtureFile.load("colormap_tables.json", from: Bundle.module)
    static let samples: Samples = FixtureFile.load("colormap_samples.json", from: Bundle.module)

    @Test(arguments: tables.tables.keys.sorted())
    func everyTableEntryIsMatplotlibs(_ name: String) throws {
        let map = try Colormap(named: name)
        let expected = try #require(Self.tables.tables[name])
        #expect(map.count == expected.count)
        for (index, (color, rgb)) in zip(map.colors, expected).enumerated() {
            #expect(color.rgba == rgb + [1], "\(name)[\(index)]: \(color.rgba) vs \(rgb)")
        }
    }

    @Test func aListedMapReversedIsItsTableBackwards() throws {
        for map in [Colormap.viridis, .cividis, .rocket, .icefire] {
            #expect(map.reversed().colors == map.colors.reversed())
        }
    }

    @Test func everyRegisteredNameIsMatplotlibs() {
        #expect(Set(Colormap.builtInNames) == Set(Self.samples.maps.keys))
    }

    @Test(arguments: samples.maps.keys.sorted())
    func valuesMapAsMatplotlibs(_ name: String) throws {
        let map = try Colormap(named: name)
        let expected = try #require(Self.samples.maps[name])
        #expect(map.name == expected.name)
        #expect(map.under.rgba == expected.under && map.over.rgba == expected.over && map.bad.rgba == expected.bad)
        for (x, rgba) in zip(Self.samples.x, expected.colors) {
            #expect(map(x.value).rgba == rgba, "\(name)(\(x.value)): \(map(x.value).rgba) vs \(rgba)")
        }
    }

    @Test(arguments: samples.resampled.indices)
    func resampledMapsAreMatplotlibs(_ index: Int) throws {
        let expected = Self.samples.resampled[index]
        let map = try Colormap(named: expected.map).resampled(expected.count)
        #expect(map.name == expected.name && map.count == expected.count)
        for (entry, (color, rgba)) in zip(map.colors, expected.colors).enumerated() {
            #expect(color.rgba == rgba, "\(expected.map).resampled(\(expected.count))[\(entry)]")
        }
    }
}
