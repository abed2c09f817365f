/// Something a plotting call did differently from what was asked, so that
/// the figure is still drawn (seaborn emits these as `UserWarning`s).
public enum PlotWarning: Sendable, Hashable, CustomStringConvertible {
    /// NaN or infinite values were removed before computing statistics.
    case droppedNonFinite(count: Int)
    /// The data have fewer than two distinct values: no density curve.
    case kdeSkipped(reason: String)
    /// A group had no finite values and was left out.
    case emptyGroup(String)

    public var description: String {
        switch self {
        case .droppedNonFinite(let count):
            return "\(count) NaN or infinite value\(count == 1 ? " was" : "s were") removed"
        case .kdeSkipped(let reason):
            return "density curve skipped: \(reason)"
        case .emptyGroup(let name):
            return "group '\(name)' has no finite values and is not drawn"
        }
    }
}
