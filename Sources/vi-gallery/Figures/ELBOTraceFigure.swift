import Foundation
import Plot
import VI

extension GalleryFigure {
    /// A stochastic (SVI) run from N(10, 1²): its Monte-Carlo ELBO climbs and
    /// levels off below the global optimum's, because it settles in a local
    /// optimum, which the right panel shows.
    static let elboTrace = GalleryFigure(
        name: "elbo-trace",
        summary: "The ELBO over SVI iterations from N(10, 1), against log Z and the global optimum, and where SVI ended."
    ) { dpi in
        let fits = try GalleryFits.shared()
        let run = try fits.fitter.stochasticGaussian(seed: NotebookFitter.defaultSeed)
        let global = fits.global
        let figure = Figure(width: GalleryStyle.widePanelSize.width, height: GalleryStyle.widePanelSize.height, dpi: dpi)
        let panels = try figure.subplots(rows: 1, columns: 2)[0]
        try drawTrace(run, global: global, on: panels[0])
        try drawEndpoints(run, fits: fits, on: panels[1])
        return figure
    }

    /// The Monte-Carlo ELBO of every step on a log iteration axis, its
    /// running mean, and the reference levels.
    private static func drawTrace(_ run: VIResult<Gaussian>, global: VIResult<Gaussian>, on axes: Axes) throws {
        let steps = Array(run.trace.dropFirst())
        let iterations = steps.indices.map { Double($0 + 1) }
        try axes.plot(iterations, steps, color: GalleryStyle.reverseColor.withAlpha(0.3), lineWidth: 0.8,
                      label: "Monte-Carlo ELBO of each step (10 draws)")
        try axes.plot(iterations, trailingMean(steps), color: GalleryStyle.reverseColor, lineWidth: 2,
                      label: "running mean over the last 10 % of steps")
        let logZ = run.diagnostics.logNormalizer
        axes.axhline(logZ, color: .black, dashes: GalleryStyle.referenceDashes,
                     label: "log Z = \(FigureText.number(logZ)), the ELBO's upper bound")
        axes.axhline(global.elbo, color: Color.tab10[2], lineWidth: 2, dashes: GalleryStyle.referenceDashes,
                     label: "global optimum: ELBO = \(FigureText.number(global.elbo))")
        axes.axhline(run.elbo, color: Color.tab10[3], lineWidth: 2,
                     label: "SVI result: exact ELBO = \(FigureText.number(run.elbo))")
        axes.xScale = .log
        axes.xLimits = AxisLimits(1...Double(steps.count))
        axes.yLimits = AxisLimits(-8...0.5)
        axes.xLabel = "SVI iteration (Adam, learning rate 0.05)"
        axes.yLabel = "ELBO"
        axes.title = "SVI from N(10, 1²), seed \(NotebookFitter.defaultSeed): the ELBO over iterations"
        axes.showLegend(location: .lowerRight)
    }

    /// The start, the SVI result, the optimum it settled near and the global
    /// optimum, over the true density.
    private static func drawEndpoints(_ run: VIResult<Gaussian>, fits: GalleryFits, on axes: Axes) throws {
        let range = -15.0...35.0
        try NotebookPanel.drawTruth(fits.fitter.target, on: axes, over: range)
        let start = try Gaussian(mu: NotebookFitter.stochasticStart.mu, sigma: NotebookFitter.stochasticStart.sigma)
        try axes.density(start.densityFunction, over: range, points: 800,
                         style: CurveStyle(color: GalleryStyle.dataColor, lineWidth: 2),
                         label: "start: \(FigureText.gaussian(start))")
        try axes.density(run.densityFunction, over: range, points: 800, fill: true,
                         style: CurveStyle(color: Color.tab10[3], lineWidth: 2),
                         label: "SVI result: \(FigureText.gaussian(run.q))")
        let ranked = fits.optima.map(\.result)
        if let (rank, nearest) = ranked.enumerated().min(by: { distance($0.1.q, run.q) < distance($1.1.q, run.q) }), rank > 0 {
            try axes.density(nearest.densityFunction, over: range, points: 800,
                             style: CurveStyle(color: .black, lineWidth: 1.5, dashes: [5, 2.5]),
                             label: "nearest optimum, #\(rank + 1): \(FigureText.gaussian(nearest.q))")
        }
        let global = fits.global
        try axes.density(global.densityFunction, over: range, points: 800,
                         style: CurveStyle(color: Color.tab10[2], lineWidth: 2, dashes: GalleryStyle.referenceDashes),
                         label: "global optimum, #1: \(FigureText.gaussian(global.q))")
        axes.yLimits = AxisLimits(0...0.75)
        axes.xLabel = "x"
        axes.yLabel = "Density"
        axes.title = "Where SVI ended: a local optimum, not the global one"
        axes.showLegend(location: .upperRight)
    }

    /// How far apart two Gaussians are in the optimiser's coordinates (μ, log σ).
    private static func distance(_ a: Gaussian, _ b: Gaussian) -> Double {
        hypot(a.mu - b.mu, log(a.sigma / b.sigma))
    }

    /// At each step, the mean of the values over the last 10 % of the steps
    /// so far (at least one): a smoother whose window grows with the log axis.
    private static func trailingMean(_ values: [Double]) -> [Double] {
        var prefix = [0.0]
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        return values.indices.map { index in
            let first = min(Int((0.9 * Double(index + 1)).rounded(.down)), index)
            return (prefix[index + 1] - prefix[first]) / Double(index + 1 - first)
        }
    }
}
