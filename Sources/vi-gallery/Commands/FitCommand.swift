import ArgumentParser
import VI

/// `vi-gallery fit`: fits the notebook's target and prints the result.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a Gaussian or a Gaussian mixture to the notebook's target and print the result.",
        discussion: """
            The target is the notebook's equal-weight mixture of 4 Laplace components \
            (seed 2314). Fits, by objective and method:
              reverse-kl, exact  Gaussian: BFGS on the quadrature ELBO from a 5x3 grid \
            of starts, keeping the best optimum (--all-optima: every one, best first). \
            Mixture: BFGS from K slices of the sorted data.
              reverse-kl, svi    Adam on the Monte-Carlo ELBO (2000 steps of 10 draws), \
            from N(10, 1) or, for a mixture, from the data slices; --seed sets its stream.
              forward-kl, exact  Gaussian: moment matching. Mixture: EM against the target.

            Output: a table, or with --json one object {"target": {"seed", "log_z", \
            "components": [{"weight", "location", "scale"}]}, "fits": [...]}; each fit has \
            "family", "objective", "method", "algorithm", "elbo", "kl" (KL(q||p)), \
            "forward_kl", "log_z", "pareto_k", "iterations", "converged", and "mu", "sigma" \
            (Gaussian) or "components": [{"weight", "mu", "sigma"}] (mixture); with \
            --all-optima also "rank", "basin_count", "local_maximum".

            Exit status: 0 success, 1 a fit failed, 2 a usage error (such as an option \
            that does not apply to the chosen fit).
            """)

    /// The largest `--components` accepted.
    static let maximumComponents = 20

    @Option(help: "The variational family.")
    var family = FitFamilyChoice.gaussian

    @Option(help: ArgumentHelp(
        "Mixture components, 1 to \(maximumComponents) (--family mixture only). (default: 4)", valueName: "K"))
    var components: Int?

    @Option(help: "The divergence to minimise: reverse-kl (the ELBO) or forward-kl.")
    var objective = FitObjectiveChoice.reverseKL

    @Option(help: "exact (deterministic) or svi (stochastic; forward-kl has no svi).")
    var method = FitMethodChoice.exact

    @Option(help: ArgumentHelp(
        "The seed of the SVI random stream (--method svi only). (default: \(NotebookFitter.defaultSeed))",
        valueName: "N"))
    var seed: UInt32?

    @Flag(help: "List every local optimum of the reverse KL over Gaussians, best first.")
    var allOptima = false

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func validate() throws {
        if let components {
            guard family == .mixture else {
                throw ValidationError("--components applies to --family mixture only")
            }
            guard (1...Self.maximumComponents).contains(components) else {
                throw ValidationError("--components must be 1 to \(Self.maximumComponents), got \(components)")
            }
        }
        if objective == .forwardKL, method == .svi {
            throw ValidationError("--objective forward-kl has no svi method; use --method exact (moment matching or EM)")
        }
        if seed != nil, method != .svi {
            throw ValidationError("--seed applies to --method svi only; exact fits are deterministic")
        }
        if allOptima, family != .gaussian || objective != .reverseKL || method != .exact {
            throw ValidationError(
                "--all-optima lists the exact reverse-KL optima of a Gaussian; drop --family, --objective and --method")
        }
    }

    func run() throws {
        let fitter = try NotebookFitter()
        let report = try FitReport(target: fitter.target, seed: fitter.data.seed, fits: try fits(with: fitter))
        ConsoleStream.output.write(json ? try report.json() : report.table())
    }

    /// The fits the options ask for.
    private func fits(with fitter: NotebookFitter) throws -> [FitReport.Fit] {
        let seed = seed ?? NotebookFitter.defaultSeed
        switch (family, objective, method) {
        case (.gaussian, .reverseKL, .exact):
            let optima = try fitter.gaussianOptima()
            guard allOptima else { return [FitReport.Fit(optima.best)] }
            return optima.all.enumerated().map { rank, optimum in
                FitReport.Fit(optimum.result, ranking: FitReport.Ranking(
                    rank: rank + 1, basinCount: optimum.basinCount, localMaximum: optimum.verdict.isLocalMaximum))
            }
        case (.gaussian, .reverseKL, .svi):
            return [FitReport.Fit(try fitter.stochasticGaussian(seed: seed))]
        case (.gaussian, .forwardKL, _):
            return [FitReport.Fit(try fitter.momentMatchedGaussian())]
        case (.mixture, _, _):
            let count = components ?? fitter.target.mixture.components.count
            return [FitReport.Fit(try fitter.mixture(
                components: count, objective: objective.objective, stochastic: method == .svi, seed: seed))]
        }
    }
}
