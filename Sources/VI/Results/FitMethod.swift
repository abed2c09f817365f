/// The divergence a fit minimises.
public enum FitObjective: String, Sendable, Codable, CaseIterable {
    /// Maximise the ELBO, i.e. minimise KL(q‖p): mode-seeking.
    case reverseKL = "ELBO / KL(q||p)"
    /// Minimise KL(p‖q): mass-covering (moment matching for a Gaussian).
    case forwardKL = "KL(p||q)"
}

/// How the objective was optimised.
public enum FitMethod: String, Sendable, Codable, CaseIterable {
    /// BFGS on the exact (quadrature) ELBO.
    case exactBFGS = "exact ELBO, BFGS"
    /// Adam on the exact (quadrature) ELBO.
    case exactAdam = "exact ELBO, Adam"
    /// Adam on the reparameterisation Monte-Carlo ELBO (SVI / ADVI).
    case stochasticAdam = "reparameterised Monte-Carlo ELBO, Adam (SVI)"
    /// Closed-form moment matching (forward KL for a Gaussian).
    case momentMatching = "moment matching"
    /// Expectation–maximisation against the target by quadrature (forward KL for a mixture).
    case expectationMaximization = "EM by quadrature"
}
