import Testing
@testable import Plot

/// The ticks of the reference seaborn figures (seaborn_*.json), recomputed from their axes boxes and limits.
@Suite struct TicksSeabornFigureTests {
    struct Figure: Decodable {
        struct Axes: Decodable {
            let bboxPx: [Double]
            let xlim: [Double]
            let ylim: [Double]
            let xaxis: Axis
            let yaxis: Axis
        }

        struct Axis: Decodable {
            let ticks: [Tick]
            let offsetText: String
        }

        struct Tick: Decodable {
            let value: Double
            let label: String
        }

        let dpi: Double
        let axes: [Axes]
    }

    static let names = ["notebook", "distplot_normal", "histplot_kde", "kdeplot_fill", "rugplot", "demo"]

    @Test(arguments: names) func ticksMatchTheReferenceFigure(_ name: String) throws {
        let figure = try TickFixtures.load("seaborn_\(name).json", as: Figure.self)
        let axes = try #require(figure.axes.first)
        let box = axes.bboxPx
        let pointsPerPixel = 72 / figure.dpi
        let cases: [(AxisOrientation, [Double], Double, Figure.Axis)] = [
            (.x, axes.xlim, (box[2] - box[0]) * pointsPerPixel, axes.xaxis),
            (.y, axes.ylim, (box[3] - box[1]) * pointsPerPixel, axes.yaxis),
        ]
        for (orientation, limits, length, expected) in cases {
            let ticks = try AxisTicker().ticks(
                viewMin: limits[0], viewMax: limits[1], axisLengthPoints: length, fontSizePoints: 10,
                orientation: orientation)
            #expect(ticks.values == expected.ticks.map(\.value), "\(name) \(orientation)")
            #expect(ticks.labels == expected.ticks.map(\.label), "\(name) \(orientation)")
            #expect(ticks.offsetText == expected.offsetText, "\(name) \(orientation)")
        }
    }
}
