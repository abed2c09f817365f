import Foundation
import Plot
import Stats

/// Four panels sharing x (and y along each row) under constrained layout,
/// with a suptitle, panel letters in axes coordinates and hand-set tick
/// labels; `shared_grid` in reference/issue13.py.
enum SharedGrid {
    @Sendable static func render(_ output: URL) throws {
        var state = RandomState(seed: 10)
        let x = numpyLinspace(0, 10, count: 200)
        let figure = Figure(width: 8, height: 6)
        figure.layout = .constrained
        let grid = try figure.subplots(rows: 2, columns: 2, sharex: .all, sharey: .row)
        for (k, axes) in grid.flatMap({ $0 }).enumerated() {
            let noise = try state.standardNormal(count: 200)
            let y = zip(x, noise).map { sin($0 + Double(k)) * Double(k + 1) + 0.3 * $1 }
            try axes.plot(x, y, label: "series \(k)")
            axes.title = "panel \(k + 1)"
            let letter = "abcd".map(String.init)[k]
            axes.text("(\(letter))", x: 0.02, y: 0.95, weight: .bold, alignment: TextAlignment(.left, .top),
                      xSpace: .axesFraction, ySpace: .axesFraction)
            axes.grid(alpha: 0.3)
        }
        grid[1][0].xLabel = "time [s]"
        grid[1][1].xLabel = "time [s]"
        grid[0][0].yLabel = "signal"
        grid[1][0].yLabel = "signal"
        try grid[1][1].setXTicks([0, 2.5, 5, 7.5, 10], labels: ["0", "2.5", "5", "7.5", "ten"])
        figure.title = "Four panels, shared axes, constrained layout"
        try figure.save(to: output)
    }
}
