import Foundation
import TestSupport

/// The numbers `Fixtures/generate_vi_fixtures.py` computes with numpy/scipy.
struct VIFixtures: Decodable {
    struct Components: Decodable { let means: [Double]; let scales: [Double] }
    struct ELBOPoint: Decodable { let mu: Double; let sigma: Double; let elbo: Double }
    struct MixtureELBO: Decodable { let weights: [Double]; let means: [Double]; let sigmas: [Double]; let elbo: Double }
    struct Optimum: Decodable {
        let mu: Double; let sigma: Double; let elbo: Double; let kl: Double
        let forward_kl: Double
    }
    struct MomentMatching: Decodable { let mu: Double; let sigma: Double; let forward_kl: Double; let elbo: Double }
    struct GaussHermite: Decodable {
        let mu: Double; let sigma: Double; let nodes: [Double]; let weights: [Double]
        let hermite: Double; let quad: Double
    }
    struct PSISCase: Decodable {
        let name: String; let log_ratios: [Double]; let k: Double; let smoothed_log_weights: [Double]
    }

    let components: Components
    let target_entropy: Double
    let target_log_normalizer: Double
    let elbo_points: [ELBOPoint]
    let mixture_elbo: MixtureELBO
    let gauss_hermite: GaussHermite
    let gaussian_optima: [Optimum]
    let moment_matching: MomentMatching
    let psis: [PSISCase]

    static let shared: VIFixtures = {
        FixtureFile.load("vi_fixtures.json", from: .module)
    }()
}
