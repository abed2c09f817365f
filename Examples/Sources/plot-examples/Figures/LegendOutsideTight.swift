import Foundation
import Plot

/// Four phase-shifted sines on an inverted y axis, ticks pointing in on
/// all four sides, a two-column legend outside the axes, saved with a tight
/// bounding box; `legend_outside_tight` in reference/issue13.py.
enum LegendOutsideTight {
    @Sendable static func render(_ output: URL) throws {
        let x = numpyLinspace(0, 2 * .pi, count: 100)
        let figure = Figure(width: 6, height: 4)
        let axes = figure.addAxes()
        for k in 0..<4 {
            try axes.plot(x, x.map { sin($0 + Double(k) * .pi / 4) }, label: "phase \(k)\u{03C0}/4")
        }
        try axes.setXLimits(0, 2 * .pi)
        axes.invertYAxis()
        axes.xLabel = "angle"
        axes.yLabel = "value (inverted)"
        axes.showLegend(LegendOptions(location: .upperLeft, anchor: .point(x: 1.02, y: 1), columns: 2, title: "curves"))
        axes.tickParams(direction: .in, top: true, right: true)
        try figure.save(to: output, bounds: .tight)
    }
}
