/// Why a fit report cannot be written as JSON.
enum FitReportError: Error, Equatable, CustomStringConvertible {
    /// A number of fit `fit` (1-based) is NaN or infinite.
    case nonFinite(field: String, fit: Int)

    var description: String {
        switch self {
        case .nonFinite(let field, let fit):
            return "cannot write JSON: \(field) of fit \(fit) is NaN or infinite; the fit diverged, try another method or seed"
        }
    }
}
