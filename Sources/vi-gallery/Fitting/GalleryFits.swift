import VI

/// The fits several figures share, computed once per run: the Gaussian
/// optima (a multistart, the most expensive step of the gallery) and the
/// moment-matched Gaussian. Nothing is stored between runs.
struct GalleryFits: Sendable {
    let fitter: NotebookFitter
    /// Every local optimum of the reverse KL over Gaussians, best first.
    let optima: [LocalOptimum<Gaussian>]
    /// The reverse-KL Gaussian with the highest ELBO.
    let global: VIResult<Gaussian>
    /// The forward-KL (moment-matched) Gaussian.
    let forward: VIResult<Gaussian>

    /// The shared fits, computed on first use.
    static func shared() throws -> GalleryFits {
        try computed.get()
    }

    private static let computed = Result { () throws -> GalleryFits in
        let fitter = try NotebookFitter()
        let optima = try fitter.gaussianOptima()
        return GalleryFits(fitter: fitter, optima: optima.all, global: optima.best, forward: try fitter.momentMatchedGaussian())
    }
}
