import Foundation
import Plot
import Stats

/// A translucent scatter, binned means with capped error bars, a fitted
/// line and a ±2 band, all in one legend; `scatter_errorbar` in
/// reference/issue14.py.
enum ScatterErrorbar {
    @Sendable static func render(_ output: URL) throws {
        var state = RandomState(seed: 11)
        let x = try state.uniform(low: 0, high: 10, count: 500)
        let noise = try state.normal(loc: 0, scale: 2, count: 500)
        let y = zip(x, noise).map { 1.5 * $0 + 2 + $1 }
        let centres = stride(from: 0.5, to: 10, by: 1.0).map { $0 }
        let binned = centres.map { c in zip(x, y).filter { $0.0 >= c - 0.5 && $0.0 < c + 0.5 }.map(\.1) }
        let means = binned.map { $0.reduce(0, +) / Double($0.count) }
        let spreads = zip(binned, means).map { values, mean in
            (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        }
        let xx = numpyLinspace(0, 10, count: 50)
        let fit = xx.map { 1.5 * $0 + 2 }

        let figure = Figure(width: 6.4, height: 4.8)
        let axes = figure.addAxes()
        try axes.scatter(x, y, sizes: [12], alpha: 0.5, label: "data")
        try axes.errorbar(
            centres, means, yError: .symmetric(spreads), format: "o", color: cycleColor(1), capsize: 3,
            label: "bin means")
        try axes.plot(xx, fit, format: "k-", label: "fit")
        try axes.fillBetween(xx, fit.map { $0 - 2 }, fit.map { $0 + 2 }, color: .black, alpha: 0.15, label: "\u{b1}2")
        axes.showLegend()
        try figure.save(to: output)
    }
}
