import VI

/// The fits several figures share, computed once per run: the Gaussian
/// optima (a multistart, the most expensive step of the gallery) and the
/// moment-matched Gaussian. Nothing is stored between runs.
struct GalleryFits: Sendable {
    let fitter: NotebookFitter
    /// Every local optimum of the reverse KL over Gaussians, best first.
    let optima: MultistartResult<Gaussian>
    /// The forward-KL (moment-matched) Gaussian.
    let forward: VIResult<Gaussian>

    /// The reverse-KL Gaussian with the highest ELBO.
    var global: VIResult<Gaussian> {
        get throws(GalleryFitsError) {
            guard let best = optima.global else { throw .noOptimum(starts: optima.starts, failures: optima.failures) }
            return best.result
        }
    }

    /// The shared fits, computed on first use.
    static func shared() throws -> GalleryFits {
        try computed.get()
    }

    private static let computed = Result { () throws -> GalleryFits in
        let fitter = try NotebookFitter()
        return GalleryFits(fitter: fitter, optima: try fitter.gaussianOptima(), forward: try fitter.momentMatchedGaussian())
    }
}

/// Why the shared gallery fits are unusable.
enum GalleryFitsError: Error, CustomStringConvertible {
    /// Every multistart run failed.
    case noOptimum(starts: Int, failures: [String])

    var description: String {
        switch self {
        case .noOptimum(let starts, let failures):
            return "none of the \(starts) Gaussian starts converged: " + failures.joined(separator: "; ")
        }
    }
}
