import Foundation
import Stats
import Testing
@testable import Plot

/// Our side of every reference figure: the same calls, with our API, as the
/// builders of Tools/reference/render_reference.py make with seaborn.
extension SeabornGeometryTests {
    /// Every reference figure, in the order of render_reference.FIGURES.
    static let names = [
        "notebook", "distplot_normal", "histplot_kde", "kdeplot_fill", "rugplot", "demo",
        "histplot_hue_layer", "histplot_hue_stack", "histplot_hue_dodge", "histplot_hue_fill",
        "histplot_step", "histplot_step_unfilled", "histplot_poly", "histplot_poly_unfilled",
        "histplot_probability", "histplot_percent", "histplot_frequency", "histplot_cumulative",
        "histplot_binwidth", "histplot_binrange", "histplot_discrete",
        "kdeplot_hue_layer", "kdeplot_hue_separate", "kdeplot_hue_stack", "kdeplot_hue_fill",
        "kdeplot_cumulative", "kdeplot_bw_adjust", "kdeplot_clip", "kdeplot_cut",
        "distplot_vertical", "distplot_fit", "distplot_norm_hist", "distplot_kde_only", "distplot_hist_only",
        "rugplot_height", "theme_darkgrid", "theme_whitegrid", "histplot_log", "kdeplot_log",
    ]

    /// The figures drawn under a seaborn theme (the others use matplotlib's defaults).
    static let themes: [String: Theme] = ["theme_darkgrid": .seabornDarkgrid, "theme_whitegrid": .seabornWhitegrid]

    /// The figure our API draws for each fixture, with the same calls.
    static func build(_ fixture: SeabornFixture) throws -> Figure {
        let figure = Figure(
            width: fixture.figsize[0], height: fixture.figsize[1], dpi: fixture.dpi,
            theme: themes[fixture.name] ?? .matplotlib)
        let axes = figure.addAxes()
        let x = fixture.data.x ?? []
        let groups = (fixture.data.groups ?? []).map { DataGroup(name: $0.name, values: $0.values) }
        let hueName = fixture.data.hue_name
        func histplot(_ options: HistogramOptions = HistogramOptions(), element: HistogramElement = .bars, fill: Bool = true) throws {
            try axes.histplot(x, options: options, element: element, fill: fill)
        }
        func hueHistplot(_ layout: GroupLayout) throws {
            try axes.histplot(groups: groups, layout: layout, legendTitle: hueName)
            axes.xLabel = fixture.data.x_name ?? ""
        }
        func hueKdeplot(_ layout: GroupLayout, commonNorm: Bool = true) throws {
            try axes.kdeplot(groups: groups, layout: layout, commonNorm: commonNorm, legendTitle: hueName)
            axes.xLabel = fixture.data.x_name ?? ""
        }
        func kdeplot(_ configure: (inout KDEOptions) -> Void) throws {
            var options = KDEOptions()
            configure(&options)
            try axes.kdeplot(x, options: options)
        }
        switch fixture.name {
        case "notebook":
            for component in fixture.data.components ?? [] {
                try axes.distplot(component.values, bins: .rule(.auto), rug: true, kdeStyle: CurveStyle(lineWidth: 4))
            }
        case "distplot_normal":
            try axes.distplot(x, bins: .rule(.auto), rug: true)
        case "histplot_kde":
            try axes.histplot(x, options: HistogramOptions(stat: .density), kde: true)
        case "kdeplot_fill":
            try axes.kdeplot(x, fill: true)
        case "rugplot":
            axes.rugplot(x)
        case "demo":
            let y = fixture.data.y ?? []
            try axes.plot(x, y, label: "sin(x)")
            try axes.bar(centers: fixture.data.bar_x ?? [], heights: fixture.data.bar_height ?? [], width: 1, label: "bars")
            try axes.fillBetween(x, y.map { $0 - 0.2 }, y.map { $0 + 0.2 }, alpha: 0.3, label: "band")
            axes.text("μ = 0, σ = −1", x: 1, y: -0.8)
            axes.showLegend()
            axes.xLabel = "x"
            axes.yLabel = "value"
            axes.title = "Demo"
        case "histplot_hue_layer": try hueHistplot(.layer)
        case "histplot_hue_stack": try hueHistplot(.stack)
        case "histplot_hue_dodge": try hueHistplot(.dodge)
        case "histplot_hue_fill": try hueHistplot(.fill)
        case "histplot_step": try histplot(element: .step)
        case "histplot_step_unfilled": try histplot(element: .step, fill: false)
        case "histplot_poly": try histplot(element: .poly)
        case "histplot_poly_unfilled": try histplot(element: .poly, fill: false)
        case "histplot_probability": try histplot(HistogramOptions(stat: .probability))
        case "histplot_percent": try histplot(HistogramOptions(stat: .percent))
        case "histplot_frequency": try histplot(HistogramOptions(stat: .frequency))
        case "histplot_cumulative":
            try axes.histplot(x, options: HistogramOptions(stat: .density, cumulative: true), kde: true)
        case "histplot_binwidth": try histplot(HistogramOptions(binWidth: 0.3))
        case "histplot_binrange": try histplot(HistogramOptions(binRange: -2...2))
        case "histplot_discrete": try histplot(HistogramOptions(discrete: true))
        case "kdeplot_hue_layer": try hueKdeplot(.layer)
        case "kdeplot_hue_separate": try hueKdeplot(.layer, commonNorm: false)
        case "kdeplot_hue_stack": try hueKdeplot(.stack)
        case "kdeplot_hue_fill": try hueKdeplot(.fill)
        case "kdeplot_cumulative": try kdeplot { $0.cumulative = true }
        case "kdeplot_bw_adjust":
            try kdeplot { $0.adjust = 0.5 }
            try kdeplot { $0.adjust = 2 }
        case "kdeplot_clip": try kdeplot { $0.clip = 0...Double.infinity }
        case "kdeplot_cut": try kdeplot { $0.cut = 1 }
        case "distplot_vertical": try axes.distplot(x, rug: true, orientation: .horizontal)
        case "distplot_fit": try axes.distplot(x, kde: false, fit: .normal)
        case "distplot_norm_hist": try axes.distplot(x, kde: false, normHist: true)
        case "distplot_kde_only": try axes.distplot(x, hist: false, rug: true)
        case "distplot_hist_only": try axes.distplot(x, kde: false)
        case "rugplot_height":
            try axes.kdeplot(x)
            axes.rugplot(x, style: RugStyle(height: 0.1, expandMargins: false))
        case "theme_darkgrid":
            try axes.histplot(groups: groups, kde: true, legendTitle: hueName)
            axes.xLabel = fixture.data.x_name ?? ""
            axes.title = "darkgrid"
        case "theme_whitegrid":
            try axes.kdeplot(x, fill: true)
            axes.rugplot(x)
            axes.title = "whitegrid"
            axes.xLabel = "value"
        case "histplot_log": try axes.histplot(x, kde: true, logScale: true)
        case "kdeplot_log": try axes.kdeplot(x, fill: true, logScale: true)
        default:
            Issue.record("no builder for fixture \(fixture.name)")
        }
        return figure
    }
}
