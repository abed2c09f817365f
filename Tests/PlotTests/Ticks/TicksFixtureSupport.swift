import Foundation

/// Decoded `ticks_axis.json` (see Fixtures/generate_tick_fixtures.py).
struct AxisTickFixture: Decodable {
    struct Figure: Decodable {
        let figsize: [Double]
        let dpi: Double
        let fontSizePoints: Double
        let cases: [Case]
    }

    struct Case: Decodable {
        let requested: [Double]
        let x: AxisRecord
        let y: AxisRecord
    }

    struct AxisRecord: Decodable {
        let view: [Double]
        let axisLengthPoints: Double
        let tickSpace: Int
        let locs: [Double]
        let labels: [String]
        let visibleLocs: [Double]
        let visibleLabels: [String]
        let offsetText: String
    }

    let matplotlib: String
    let figures: [Figure]
}

/// Decoded `ticks_locator.json`.
struct LocatorFixture: Decodable {
    struct Params: Decodable {
        let nbins: Bins
        let steps: [Double]?
        let integer: Bool?
        let symmetric: Bool?
        let prune: String?
        let minNTicks: Int?
    }

    enum Bins: Decodable {
        case auto
        case fixed(Int)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int.self) {
                self = .fixed(count)
            } else {
                self = .auto
            }
        }
    }

    struct Case: Decodable {
        let params: Params
        let vmin: Double
        let vmax: Double
        let ticks: [Double]
    }

    let cases: [Case]
}

enum TickFixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(contentsOf: url))
    }
}

/// Decoded `ticks_formatter.json`.
struct FormatterFixture: Decodable {
    struct Settings: Decodable {
        let useOffset: Bool?
        let powerLimits: [Int]?
        let offsetThreshold: Int?
        let scientific: Bool?
        let unicodeMinus: Bool?
    }

    struct Case: Decodable {
        let settings: Settings
        let locs: [Double]
        let view: [Double]
        let labels: [String]
        let offsetText: String
    }

    let cases: [Case]
}
