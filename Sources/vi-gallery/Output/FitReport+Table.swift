import Foundation

extension FitReport {
    /// The report as aligned text: the target's components, then one row
    /// per fit (and one more per extra mixture component), then how each
    /// fit was made.
    ///
    /// ```text
    /// Target: the notebook's mixture of 4 Laplace components (seed 2314), log Z = 0.0000
    ///   weight  location    scale
    ///    0.250     1.071    2.593
    /// ...
    /// Fits (KL(q||p) = log Z - ELBO):
    ///   #  family    objective   method     ELBO  KL(q||p)  KL(p||q)  weight        mu   sigma
    ///   1  gaussian  reverse-kl  exact  -1.0116    1.0116   14.3980   1.000    17.943   2.011
    /// #1: exact ELBO, BFGS; 14 iterations, converged; Pareto k 0.41
    /// ```
    func table() -> String {
        var lines = [
            "Target: the notebook's mixture of \(target.components.count) Laplace components "
                + "(seed \(target.seed)), log Z = \(String(format: "%.4f", target.logZ))",
            "  weight  location    scale",
        ]
        lines += target.components.map { String(format: "  %6.3f  %8.3f  %7.3f", $0.weight, $0.location, $0.scale) }
        lines.append("Fits (KL(q||p) = log Z - ELBO):")
        lines.append("  #  family    objective   method      ELBO  KL(q||p)  KL(p||q)  weight        mu    sigma")
        for (index, fit) in fits.enumerated() {
            let parts = fit.components ?? [FitComponent(weight: 1, mu: fit.mu ?? .nan, sigma: fit.sigma ?? .nan)]
            let head = String(format: "%3d  ", fit.rank ?? index + 1)
                + fit.family.rawValue.padded(to: 8) + "  " + fit.objective.rawValue.padded(to: 10) + "  "
                + fit.method.rawValue.padded(to: 6)
                + String(format: "  %8.4f  %8.4f  %8.4f", fit.elbo, fit.kl, fit.forwardKL)
            for (row, part) in parts.enumerated() {
                lines.append((row == 0 ? head : String(repeating: " ", count: head.count))
                    + String(format: "  %6.3f  %8.3f  %7.3f", part.weight, part.mu, part.sigma))
            }
        }
        lines += fits.enumerated().map { index, fit in "#\(fit.rank ?? index + 1): " + fit.howMade }
        return lines.joined(separator: "\n")
    }
}

extension FitReport.Fit {
    /// The algorithm, iterations, convergence and the optimum check.
    var howMade: String {
        // SVI runs every step (its stopping test is off), so "not converged" would mislead.
        let stopping = method == .svi ? "all steps run" : (converged ? "converged" : "not converged")
        var notes = [algorithm, "\(iterations) iterations, \(stopping)"]
        if let basinCount, let localMaximum {
            notes.append("reached from \(basinCount) start\(basinCount == 1 ? "" : "s"), "
                + (localMaximum ? "a strict local maximum" : "NOT a strict local maximum"))
        }
        notes.append(paretoK.map { String(format: "Pareto k %.2f", $0) } ?? "Pareto k n/a")
        return notes.joined(separator: "; ")
    }
}
