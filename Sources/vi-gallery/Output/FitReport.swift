import Foundation
import Stats
import VI

/// What `vi-gallery fit` found: the target and one or more fits, printed as
/// one JSON object (`--json`) or as a table.
///
/// ```json
/// {"fits": [{"algorithm": "exact ELBO, BFGS", "converged": true, "elbo": -1.0116, "family": "gaussian",
///            "forward_kl": 14.398, "iterations": 14, "kl": 1.0116, "log_z": 0, "method": "exact",
///            "mu": 17.943, "objective": "reverse-kl", "pareto_k": 0.41, "sigma": 2.011}],
///  "target": {"components": [{"location": 1.07, "scale": 2.59, "weight": 0.25}, ...], "log_z": 0, "seed": 2314}}
/// ```
/// A Gaussian fit has `mu` and `sigma`; a mixture fit has `components`
/// (`weight`, `mu`, `sigma` each). `kl` is KL(q‖p) = `log_z` − `elbo` for
/// every fit, `forward_kl` is KL(p‖q). With `--all-optima` each fit also has
/// `rank` (1 is the global optimum), `basin_count` (how many starts ended
/// there) and `local_maximum` (the Hessian check). `pareto_k` is absent
/// when the PSIS fit was not possible.
struct FitReport: Encodable {
    /// One Laplace component of the target.
    struct TargetComponent: Encodable {
        let weight: Double
        let location: Double
        let scale: Double
    }

    /// The notebook's target.
    struct Target: Encodable {
        let seed: UInt32
        let logZ: Double
        let components: [TargetComponent]

        enum CodingKeys: String, CodingKey {
            case seed, components
            case logZ = "log_z"
        }
    }

    /// One weighted normal component of a fitted mixture.
    struct FitComponent: Encodable {
        let weight: Double
        let mu: Double
        let sigma: Double
    }

    /// Where a fit sits among the multistart optima.
    struct Ranking {
        let rank: Int
        let basinCount: Int
        let localMaximum: Bool
    }

    /// One fitted approximation and its diagnostics.
    struct Fit: Encodable {
        let family: FitFamilyChoice
        let objective: FitObjectiveChoice
        let method: FitMethodChoice
        let algorithm: String
        let mu: Double?
        let sigma: Double?
        let components: [FitComponent]?
        let elbo: Double
        let kl: Double
        let forwardKL: Double
        let logZ: Double
        let paretoK: Double?
        let iterations: Int
        let converged: Bool
        let rank: Int?
        let basinCount: Int?
        let localMaximum: Bool?

        enum CodingKeys: String, CodingKey {
            case family, objective, method, algorithm, mu, sigma, components, elbo, kl, iterations, converged, rank
            case forwardKL = "forward_kl", logZ = "log_z", paretoK = "pareto_k"
            case basinCount = "basin_count", localMaximum = "local_maximum"
        }

        /// The report of `result`, ranked among multistart optima when `ranking` is given.
        init<Family: VariationalFamily>(_ result: VIResult<Family>, ranking: Ranking? = nil) {
            let single = result.q as? Gaussian
            family = single == nil ? .mixture : .gaussian
            objective = FitObjectiveChoice(result.objective)
            method = FitMethodChoice(result.method)
            algorithm = result.method.rawValue
            mu = single?.mu
            sigma = single?.sigma
            components = single == nil
                ? result.q.components.map { FitComponent(weight: $0.weight, mu: $0.mean, sigma: $0.standardDeviation) }
                : nil
            elbo = result.elbo
            kl = result.kl
            forwardKL = result.diagnostics.forwardKL
            logZ = result.diagnostics.logNormalizer
            paretoK = result.diagnostics.paretoK.flatMap { $0.isFinite ? $0 : nil }
            iterations = result.iterations
            converged = result.converged
            rank = ranking?.rank
            basinCount = ranking?.basinCount
            localMaximum = ranking?.localMaximum
        }

        /// Every number, named, for the finiteness check.
        var numbers: [(String, Double)] {
            [("mu", mu ?? 0), ("sigma", sigma ?? 0), ("elbo", elbo), ("kl", kl), ("forward_kl", forwardKL), ("log_z", logZ)]
                + (components ?? []).flatMap { [("weight", $0.weight), ("mu", $0.mu), ("sigma", $0.sigma)] }
        }
    }

    let target: Target
    let fits: [Fit]

    /// The report of `fits` of `target`, drawn with `seed`.
    init(target: LaplaceMixtureTarget, seed: UInt32, fits: [Fit]) throws(VIError) {
        self.target = Target(
            seed: seed, logZ: try target.logNormalizer(),
            components: zip(target.mixture.weights, target.mixture.components).map {
                TargetComponent(weight: $0, location: $1.location, scale: $1.scale)
            })
        self.fits = fits
    }

    /// The report as one line of JSON with sorted keys.
    ///
    /// - Throws: ``FitReportError/nonFinite(field:fit:)`` when a number is
    ///   NaN or infinite (JSON has no such numbers).
    func json() throws -> String {
        for (index, fit) in fits.enumerated() {
            if let field = fit.numbers.first(where: { !$0.1.isFinite }) {
                throw FitReportError.nonFinite(field: field.0, fit: index + 1)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

extension FitFamilyChoice: Encodable {}
extension FitObjectiveChoice: Encodable {}
extension FitMethodChoice: Encodable {}
