import Foundation
import Plot
import Stats

/// A scatter coloured by each point's distance from the origin through
/// magma, with a labelled colorbar; `scatter_colorbar` in
/// reference/issue14.py.
enum ScatterColorbar {
    @Sendable static func render(_ output: URL) throws {
        var state = RandomState(seed: 5)
        let x = try state.standardNormal(count: 300)
        let y = try state.standardNormal(count: 300)
        let radius = zip(x, y).map { hypot($0, $1) }
        let figure = Figure(width: 6.4, height: 4.8)
        let axes = figure.addAxes()
        let points = try axes.scatter(x, y, sizes: [20], values: radius, colormap: .magma)
        try figure.colorbar(points, for: axes, label: "radius")
        try figure.save(to: output)
    }
}
