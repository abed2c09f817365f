/// The segment data of a matplotlib `LinearSegmentedColormap`: for each of red, green and blue,
/// rows `(x, y0, y1)` with `x` rising from 0 to 1. Between rows `i` and `i + 1` the channel runs
/// linearly from `y1ᵢ` to `y0ᵢ₊₁`, so a row whose `y0` and `y1` differ is a jump. Alpha is 1
/// throughout (the built-in maps have no alpha segments, or constant ones from opaque colours).
struct ColormapSegments: Sendable, Hashable {
    /// One row `(x, y0, y1)`: the channel arrives at `x` with `below` and leaves it with `above`.
    struct Row: Sendable, Hashable {
        var x: Double
        var below: Double
        var above: Double
    }

    var red: [Row]
    var green: [Row]
    var blue: [Row]

    init(red: [(Double, Double, Double)], green: [(Double, Double, Double)], blue: [(Double, Double, Double)]) {
        func rows(_ channel: [(Double, Double, Double)]) -> [Row] {
            channel.map { Row(x: $0.0, below: $0.1, above: $0.2) }
        }
        self.red = rows(red)
        self.green = rows(green)
        self.blue = rows(blue)
    }

    /// `LinearSegmentedColormap.from_list(name, colors)`: the colours at evenly spaced `x`
    /// (`np.linspace(0, 1, len(colors))`), with no jumps. `rgb` holds three components per colour.
    init(evenlySpaced rgb: [Double]) {
        let count = rgb.count / 3
        let positions = Colormap.unitSamples(count)
        func channel(_ offset: Int) -> [(Double, Double, Double)] {
            positions.indices.map { index in
                let value = rgb[3 * index + offset]
                return (positions[index], value, value)
            }
        }
        self.init(red: channel(0), green: channel(1), blue: channel(2))
    }

    /// The lookup table of `count` colours that `LinearSegmentedColormap._init` makes (gamma 1).
    func table(count: Int) -> [Color] {
        let (r, g, b) = (Self.channel(red, count: count), Self.channel(green, count: count),
                         Self.channel(blue, count: count))
        return (0..<count).map { Color(red: r[$0], green: g[$0], blue: b[$0]) }
    }

    /// The segments of the reversed map, as `LinearSegmentedColormap.reversed`:
    /// rows in reverse order as `(1 − x, y1, y0)`.
    func reversed() -> ColormapSegments {
        func flip(_ rows: [Row]) -> [Row] {
            rows.reversed().map { Row(x: 1.0 - $0.x, below: $0.above, above: $0.below) }
        }
        var result = self
        result.red = flip(red)
        result.green = flip(green)
        result.blue = flip(blue)
        return result
    }

    /// matplotlib's `_create_lookup_table(N, data)` with gamma 1, in numpy's float64
    /// operations: the rows' `x` and the samples `linspace(0, 1, N)` scaled by `N − 1`,
    /// each inner sample placed by `searchsorted` and interpolated, the ends taken as
    /// `y1` of the first row and `y0` of the last, everything clipped to 0...1.
    private static func channel(_ rows: [Row], count: Int) -> [Double] {
        guard let first = rows.first, let last = rows.last else { return [] }
        guard count > 1 else { return [clip(last.below)] }
        let scale = Double(count - 1)
        let x = rows.map { $0.x * scale }
        let samples = Colormap.unitSamples(count).map { scale * $0 }
        var table = [first.above]
        table.reserveCapacity(count)
        for sample in samples.dropFirst().dropLast() {
            // np.searchsorted(x, sample): the first row at or beyond the sample.
            let upper = x.firstIndex { $0 >= sample } ?? x.count - 1
            let distance = (sample - x[upper - 1]) / (x[upper] - x[upper - 1])
            table.append(distance * (rows[upper].below - rows[upper - 1].above) + rows[upper - 1].above)
        }
        table.append(last.below)
        return table.map(clip)
    }

    private static func clip(_ value: Double) -> Double {
        min(max(value, 0), 1)
    }
}
