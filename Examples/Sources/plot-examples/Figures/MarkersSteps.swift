import Foundation
import Plot

/// Lines with markers from format strings (a hollow square, a larger
/// triangle, marker-only series), a mid step and stairs, with a two-column
/// legend; `markers_steps` in reference/issue14.py.
enum MarkersSteps {
    @Sendable static func render(_ output: URL) throws {
        let x = (0..<10).map(Double.init)
        let figure = Figure(width: 6.4, height: 4.8)
        let axes = figure.addAxes()
        try axes.plot(x, x.map { $0 * 0.5 }, format: "o-", label: "o-")
        try axes.plot(x, x.map { $0 * 0.5 + 1 }, format: "s--", markerFaceColor: .clear, label: "s--")
        try axes.plot(x, x.map { $0 * 0.5 + 2 }, format: "^:", markerSize: 8, label: "^:")
        try axes.plot(x, x.map { $0 * 0.5 + 3 }, format: "D", label: "D")
        try axes.plot(x, x.map { $0 * 0.5 + 4 }, format: "x", label: "x")
        try axes.step(x, x.map { $0.squareRoot() + 6 }, where: .stepsMid, label: "step mid")
        try axes.stairs(x.dropFirst().map { $0.squareRoot() + 8 }, edges: x, label: "stairs")
        axes.showLegend(LegendOptions(location: .upperLeft, columns: 2))
        try figure.save(to: output)
    }
}
