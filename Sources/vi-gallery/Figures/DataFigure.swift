import Plot
import Stats
import VI

extension GalleryFigure {
    /// The pooled data as a fine density histogram, a rug and a KDE, with
    /// the density it was drawn from.
    static let data = GalleryFigure(
        name: "data",
        summary: "The 200 pooled points (histogram, KDE, rug) with the true Laplace-mixture density."
    ) { dpi in
        let fitter = try NotebookFitter()
        let figure = Figure(width: GalleryStyle.panelSize.width, height: GalleryStyle.panelSize.height, dpi: dpi)
        let axes = figure.addAxes()
        let points = fitter.data.data
        try NotebookPanel.drawHistogram(points, on: axes)
        axes.rugplot(points, style: RugStyle(color: GalleryStyle.dataColor), label: "rug: one tick per point")
        let kde = try axes.kdeplot(
            points, style: CurveStyle(color: GalleryStyle.reverseColor, lineWidth: 2.5),
            label: "Gaussian KDE of the points (Scott)")
        let support = kde.curves.first?.curve.support ?? points
        let range = (support.min() ?? 0)...(support.max() ?? 1)
        try NotebookPanel.drawTruth(fitter.target, on: axes, over: range, label: "true density p(x) = ¼ Σₖ Laplace(x; mₖ, bₖ)")
        axes.title = "The notebook's data: 200 draws from a mixture of 4 Laplace densities"
        axes.yLimits = AxisLimits(0...0.6)
        axes.xLabel = "x"
        axes.yLabel = "Density"
        axes.showLegend()
        return figure
    }
}
