import Plot
import VI

extension GalleryFigure {
    /// The best Gaussian under each KL direction: the ELBO's (reverse KL)
    /// sits on one mode, moment matching (forward KL) spreads over all.
    static let gaussianFit = GalleryFigure(
        name: "gaussian-fit",
        summary: "The reverse-KL (ELBO) Gaussian against the forward-KL (moment-matched) Gaussian, over the data."
    ) { dpi in
        let fits = try GalleryFits.shared()
        let reverse = fits.global
        let forward = fits.forward
        let figure = Figure(width: GalleryStyle.panelSize.width, height: GalleryStyle.panelSize.height, dpi: dpi)
        let axes = figure.addAxes()
        let range = -20.0...40.0
        try NotebookPanel.drawDataAndTruth(fits.fitter, on: axes, over: range)
        try axes.density(
            reverse.densityFunction, over: range, points: 600, fill: true,
            style: CurveStyle(color: GalleryStyle.reverseColor, lineWidth: 2.5),
            label: "reverse KL, max ELBO: \(FigureText.gaussian(reverse.q)), KL(q‖p) = \(FigureText.number(reverse.kl))")
        try axes.density(
            forward.densityFunction, over: range, points: 600, fill: true,
            style: CurveStyle(color: GalleryStyle.forwardColor, lineWidth: 2.5),
            label: "forward KL, moment matching: \(FigureText.gaussian(forward.q)), "
                + "KL(p‖q) = \(FigureText.number(forward.diagnostics.forwardKL))")
        axes.title = "Fitting a Gaussian: reverse KL picks a mode, forward KL covers all of p"
        axes.yLimits = AxisLimits(0...0.65)
        axes.xLabel = "x"
        axes.yLabel = "Density"
        axes.showLegend()
        return figure
    }
}
