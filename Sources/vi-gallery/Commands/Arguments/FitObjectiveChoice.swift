import ArgumentParser
import VI

/// `--objective`: the divergence to minimise.
enum FitObjectiveChoice: String, CaseIterable, ExpressibleByArgument {
    /// KL(q‖p): maximise the ELBO (mode-seeking).
    case reverseKL = "reverse-kl"
    /// KL(p‖q): moment matching or EM (mass-covering).
    case forwardKL = "forward-kl"

    /// The library's name for the objective.
    var objective: FitObjective {
        switch self {
        case .reverseKL: return .reverseKL
        case .forwardKL: return .forwardKL
        }
    }

    /// The choice that names `objective`.
    init(_ objective: FitObjective) {
        self = objective == .reverseKL ? .reverseKL : .forwardKL
    }
}
