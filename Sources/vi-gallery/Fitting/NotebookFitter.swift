import Stats
import VI

/// The fits of the notebook's target that the figures and `vi-gallery fit`
/// show, with the settings they share, so that a figure and the command
/// that prints its numbers always agree.
///
/// ```swift
/// let fitter = try NotebookFitter()
/// let optima = try fitter.gaussianOptima()      // all five, best first
/// let svi = try fitter.stochasticGaussian(seed: 1)
/// ```
struct NotebookFitter: Sendable {
    /// The notebook's target: the equal-weight mixture of its 4 Laplace components.
    let target: LaplaceMixtureTarget
    /// The notebook's 200 points (the intended sampling).
    let data: NotebookData
    /// The fitter, with the library's default quadrature tolerance and PSIS draws.
    let inference: VariationalInference<LaplaceMixtureTarget>

    /// The multistart grid for the Gaussian family: 5 means over the
    /// target's range times 3 scales (1/100, 1/14 and 1/2 of the range).
    /// It finds the same five optima as the library's default 13 × 5 grid
    /// in a quarter of the time (the gallery tests check that it finds all five).
    static let startGrid = (means: 5, sigmas: 3)
    /// Where a stochastic (SVI) Gaussian fit starts: N(10, 1²), the middle of
    /// the data's range with a unit scale.
    static let stochasticStart = (mu: 10.0, sigma: 1.0)
    /// The seed of the stochastic fits unless one is given.
    static let defaultSeed: UInt32 = 1

    /// The notebook's target and data (seed 2314, 200 points, 4 components).
    init() throws {
        target = try LaplaceMixtureTarget.notebook()
        data = try NotebookData.generate()
        inference = VariationalInference(target: target)
    }

    /// Every local optimum of the reverse KL over Gaussians, best first, from
    /// the ``startGrid`` starts, and the best of them.
    ///
    /// - Throws: ``NotebookFitError/noConvergedStart(starts:failures:)`` when
    ///   no start converged, or the ``VIError`` of a failed diagnostic.
    func gaussianOptima() throws -> (all: [LocalOptimum<Gaussian>], best: VIResult<Gaussian>) {
        let starts = Multistart.gaussianStarts(for: target, means: Self.startGrid.means, sigmas: Self.startGrid.sigmas)
        let found = try inference.multistart(starts)
        guard let best = found.global else {
            throw NotebookFitError.noConvergedStart(starts: found.starts, failures: found.failures)
        }
        return (found.optima, best.result)
    }

    /// The Gaussian minimising the forward KL: moment matching.
    func momentMatchedGaussian() throws(VIError) -> VIResult<Gaussian> {
        try inference.momentMatchedGaussian()
    }

    /// SVI (2000 Adam steps of 10 reparameterised draws) from ``stochasticStart``.
    func stochasticGaussian(seed: UInt32) throws(VIError) -> VIResult<Gaussian> {
        let start = try Gaussian(mu: Self.stochasticStart.mu, sigma: Self.stochasticStart.sigma)
        return try inference.fitStochastic(from: start, svi: SVI(seed: seed))
    }

    /// A `components`-component Gaussian mixture: reverse KL by BFGS on the
    /// exact ELBO or by SVI, or forward KL by EM, each from ``mixtureStart(components:)``.
    func mixture(components: Int, objective: FitObjective, stochastic: Bool, seed: UInt32)
        throws -> VIResult<GaussianMixture>
    {
        let start = try mixtureStart(components: components)
        switch (objective, stochastic) {
        case (.reverseKL, false): return try inference.fitExact(from: start)
        case (.reverseKL, true): return try inference.fitStochastic(from: start, svi: SVI(seed: seed))
        case (.forwardKL, _): return try inference.forwardKLMixture(from: start)
        }
    }
}
