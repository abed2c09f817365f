import Plot
import VI

extension GalleryFigure {
    /// Every local optimum of the ELBO over Gaussians: each is a mode (or
    /// a group of modes) that a local search can settle on.
    static let localOptima = GalleryFigure(
        name: "local-optima",
        summary: "Every local optimum of the reverse-KL Gaussian, ranked by ELBO, over the true density."
    ) { dpi in
        let fits = try GalleryFits.shared()
        let figure = Figure(width: GalleryStyle.panelSize.width, height: GalleryStyle.panelSize.height, dpi: dpi)
        let axes = figure.addAxes()
        let range = -15.0...35.0
        try NotebookPanel.drawTruth(fits.fitter.target, on: axes, over: range)
        for (rank, optimum) in fits.optima.enumerated() {
            let q = optimum.result
            try axes.density(
                q.densityFunction, over: range, points: 800,
                style: CurveStyle(color: Color.tab10[rank % Color.tab10.count], lineWidth: 2),
                label: "#\(rank + 1): \(FigureText.gaussian(q.q)), ELBO = \(FigureText.number(q.elbo))")
        }
        axes.title = "The \(fits.optima.count) local optima of the ELBO over Gaussians q = N(μ, σ²)"
        axes.yLimits = AxisLimits(0...1.2)
        axes.xLabel = "x"
        axes.yLabel = "Density"
        axes.showLegend()
        return figure
    }
}
