import Foundation
import Plot
import Stats

/// Bars at four named categories in four cycle colours, with capped error
/// bars and a dashed reference line; `categorical_bars` in
/// reference/issue13.py.
enum CategoricalBars {
    @Sendable static func render(_ output: URL) throws {
        var state = RandomState(seed: 13)
        let names = ["alpha", "beta", "gamma", "delta"]
        let heights = try state.uniform(low: 2, high: 8, count: 4)
        let errors = try state.uniform(low: 0.2, high: 1.0, count: 4)
        let figure = Figure(width: 5, height: 4)
        let axes = figure.addAxes()
        try axes.bar(names, heights, colors: (0..<4).map(cycleColor), yerr: errors, capsize: 4)
        axes.axhline(5, color: .black, lineWidth: 1, dashes: LineStyle.dashed.dashes(lineWidth: 1))
        axes.yLabel = "score"
        try axes.setYLimits(0, 10)
        try figure.save(to: output)
    }
}
