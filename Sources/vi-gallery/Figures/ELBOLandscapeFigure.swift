import Foundation
import Plot
import VI

extension GalleryFigure {
    /// Slices through the ELBO surface over (μ, log σ) — Plot has no heat
    /// map — each through one local optimum: along μ at the optimum's σ,
    /// and along σ at the optimum's μ. Every slice peaks at its optimum.
    static let elboLandscape = GalleryFigure(
        name: "elbo-landscape",
        summary: "Slices of the ELBO surface through each local optimum: along μ at its σ, and along σ at its μ."
    ) { dpi in
        let fits = try GalleryFits.shared()
        let objective = fits.fitter.inference.exactELBO
        let figure = Figure(width: GalleryStyle.widePanelSize.width, height: GalleryStyle.widePanelSize.height, dpi: dpi)
        let panels = try figure.subplots(rows: 1, columns: 2)[0]
        let muRange = -10.0...38.0
        let logSigmaRange = log(0.1)...log(40)
        for (rank, optimum) in fits.optima.enumerated() {
            let q = optimum.result.q
            let color = Color.tab10[rank % Color.tab10.count]
            // Steps of σ/3 (0.15 to 0.35) resolve the sharp slices of the narrow optima.
            let step = min(max(q.sigma / 3, 0.15), 0.35)
            let muCount = Int(((muRange.upperBound - muRange.lowerBound) / step).rounded(.up)) + 1
            let mus = sortedUnion(evenlySpaced(muRange, count: muCount), [q.mu])
            let sigmas = sortedUnion(evenlySpaced(logSigmaRange, count: 61).map { exp($0) }, [q.sigma])
            let alongMu = try mus.map { mu throws(VIError) in try objective.value(try Gaussian(mu: mu, sigma: q.sigma)) }
            let alongSigma = try sigmas.map { sigma throws(VIError) in try objective.value(try Gaussian(mu: q.mu, sigma: sigma)) }
            try panels[0].plot(mus, alongMu, color: color, lineWidth: 2,
                               label: "#\(rank + 1): \(FigureText.gaussian(q)), ELBO = \(FigureText.number(optimum.result.elbo))")
            try panels[1].plot(sigmas, alongSigma, color: color, lineWidth: 2)
            for (axes, x) in zip(panels, [q.mu, q.sigma]) {
                axes.text("●", x: x, y: optimum.result.elbo, size: 9, color: color, alignment: TextAlignment(.center, .center))
            }
        }
        panels[0].xLimits = AxisLimits(muRange)
        panels[0].xLabel = "μ, with σ fixed at the optimum's"
        panels[0].title = "ELBO along μ through each local optimum (●)"
        panels[0].showLegend(location: .upperRight)
        panels[1].xScale = .log
        panels[1].xLimits = AxisLimits(exp(logSigmaRange.lowerBound)...exp(logSigmaRange.upperBound))
        panels[1].xLabel = "σ (log scale), with μ fixed at the optimum's"
        panels[1].title = "ELBO along σ through each local optimum (colours as on the left)"
        for axes in panels {
            axes.yLimits = AxisLimits(-4...0)
            axes.yLabel = "ELBO of N(μ, σ²)  (≤ log Z = 0)"
        }
        return figure
    }

    /// `count` evenly spaced values over `range`.
    private static func evenlySpaced(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
    }

    /// The values of every list, sorted, without repeats.
    private static func sortedUnion(_ lists: [Double]...) -> [Double] {
        Array(Set(lists.joined())).sorted()
    }
}
