import Foundation
import Plot

/// A power law on log–log axes with major and minor grid lines, and a
/// linear twin y axis on the right with coloured labels and a two-line
/// title; `twinx_loglog` in reference/issue13.py.
enum TwinxLoglog {
    @Sendable static func render(_ output: URL) throws {
        let x = numpyLinspace(-1, 3, count: 60).map { pow(10, $0) }
        let figure = Figure(width: 6.4, height: 4.8)
        let axes = figure.addAxes()
        try axes.loglog(x, x.map { 3 * pow($0, 1.5) }, color: cycleColor(0), label: "power law")
        axes.grid(which: .both, alpha: 0.4)
        axes.xLabel = "n"
        axes.yLabel = "time [ms]"
        axes.yAxis.labelStyle.color = cycleColor(0)
        let twin = axes.twinx()
        try twin.plot(x, x.map { log10($0) * 20 + 50 }, color: cycleColor(1))
        twin.yLabel = "efficiency [%]"
        twin.yAxis.labelStyle.color = cycleColor(1)
        try twin.setYLimits(0, 150)
        axes.title = "Log-log with a twin linear axis\nand a two-line title"
        try figure.save(to: output)
    }
}
