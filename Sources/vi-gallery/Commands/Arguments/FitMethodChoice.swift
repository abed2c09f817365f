import ArgumentParser
import VI

/// `--method`: how the objective is optimised.
enum FitMethodChoice: String, CaseIterable, ExpressibleByArgument {
    /// Deterministic: BFGS on the quadrature ELBO, moment matching or EM.
    case exact
    /// Stochastic variational inference: Adam on the Monte-Carlo ELBO.
    case svi

    /// The choice that describes how `method` optimises.
    init(_ method: FitMethod) {
        self = method == .stochasticAdam ? .svi : .exact
    }
}
