import Foundation
import Plot

/// One figure of the yardstick: its name (the PNG's and the Python
/// function's in `reference/`) and how to make and save it.
struct Example: Sendable {
    let name: String
    /// The issue whose script the figure re-makes.
    let issue: Int
    let render: @Sendable (_ output: URL) throws -> Void

    /// Every example, in the order the issues list them.
    static let all: [Example] = [
        Example(name: "shared_grid", issue: 13, render: SharedGrid.render),
        Example(name: "legend_outside_tight", issue: 13, render: LegendOutsideTight.render),
        Example(name: "twinx_loglog", issue: 13, render: TwinxLoglog.render),
        Example(name: "categorical_bars", issue: 13, render: CategoricalBars.render),
        Example(name: "fallback_symbols", issue: 13, render: FallbackSymbols.render),
        Example(name: "scatter_errorbar", issue: 14, render: ScatterErrorbar.render),
        Example(name: "markers_steps", issue: 14, render: MarkersSteps.render),
        Example(name: "scatter_colorbar", issue: 14, render: ScatterColorbar.render),
    ]
}

/// matplotlib's default colour cycle by its names "C0" … "C9".
func cycleColor(_ index: Int) -> Color { Color.tab10[index % Color.tab10.count] }

/// numpy's `linspace(start, stop, count)`: `start + i × step`, the last value exactly `stop`.
func numpyLinspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
    let step = (stop - start) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? stop : start + Double($0) * step }
}
