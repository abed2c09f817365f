/// How good a fitted `q` is, computed after the fit.
public struct FitDiagnostics: Sendable, Equatable, Codable {
    /// `log Z` of the target (known or by quadrature).
    public let logNormalizer: Double
    /// The exact ELBO of `q` (quadrature).
    public let exactELBO: Double
    /// `KL(q‖p) = log Z − ELBO ≥ 0`.
    public let reverseKL: Double
    /// `KL(p‖q)` by quadrature (infinite when `q` has lighter tails than `p` in a way that diverges).
    public let forwardKL: Double
    /// The PSIS shape estimate k̂ from importance ratios `p̃/q` at draws from
    /// `q` (Yao et al. 2018): below 0.5 good, 0.5–0.7 usable, above 0.7 unreliable.
    /// `nil` when it was not computed.
    public let paretoK: Double?
}
