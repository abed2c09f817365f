import ArgumentParser

/// `--family`: the variational family to fit.
enum FitFamilyChoice: String, CaseIterable, ExpressibleByArgument {
    /// A single Gaussian N(μ, σ²).
    case gaussian
    /// A mixture of `--components` Gaussians.
    case mixture
}
