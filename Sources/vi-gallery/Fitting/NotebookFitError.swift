/// Why a fit of the notebook's target could not be made.
enum NotebookFitError: Error, Equatable, CustomStringConvertible {
    /// A number of mixture components that is not 1 to the number of data points.
    case unusableComponentCount(Int, points: Int)
    /// No multistart run converged, so there is no optimum to report.
    case noConvergedStart(starts: Int, failures: [String])

    var description: String {
        switch self {
        case .unusableComponentCount(let count, let points):
            return "cannot start \(count) mixture components from \(points) data points; use 1 to \(points) components"
        case .noConvergedStart(let starts, let failures):
            return "none of the \(starts) Gaussian starts converged: " + failures.joined(separator: "; ")
        }
    }
}
