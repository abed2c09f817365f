import Foundation
import TestSupport

/// `fit_expected.json`, written by `make_fit_fixtures.py` from the VI tests'
/// numpy/scipy ground truth.
struct FitExpected: Decodable {
    struct Components: Decodable {
        let means: [Double]
        let scales: [Double]
    }
    struct Optimum: Decodable {
        let mu: Double
        let sigma: Double
        let elbo: Double
        let kl: Double
        let forward_kl: Double
    }
    struct MomentMatching: Decodable {
        let mu: Double
        let sigma: Double
        let forward_kl: Double
        let elbo: Double
    }
    let components: Components
    let log_normalizer: Double
    let gaussian_optima: [Optimum]
    let moment_matching: MomentMatching

    static func load() -> FitExpected {
        FixtureFile.load("fit_expected.json", from: .module)
    }
}

/// The shape of `vi-gallery fit --json` output.
struct FitOutput: Decodable {
    struct TargetComponent: Decodable {
        let weight: Double
        let location: Double
        let scale: Double
    }
    struct Target: Decodable {
        let seed: UInt32
        let log_z: Double
        let components: [TargetComponent]
    }
    struct Component: Decodable, Equatable {
        let weight: Double
        let mu: Double
        let sigma: Double
    }
    struct Fit: Decodable, Equatable {
        let family: String
        let objective: String
        let method: String
        let algorithm: String
        let mu: Double?
        let sigma: Double?
        let components: [Component]?
        let elbo: Double
        let kl: Double
        let forward_kl: Double
        let log_z: Double
        let pareto_k: Double?
        let iterations: Int
        let converged: Bool
        let rank: Int?
        let basin_count: Int?
        let local_maximum: Bool?
    }
    let target: Target
    let fits: [Fit]

    static func decode(_ text: String) throws -> FitOutput {
        try JSONDecoder().decode(FitOutput.self, from: Data(text.utf8))
    }
}
