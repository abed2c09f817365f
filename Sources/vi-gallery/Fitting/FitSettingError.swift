/// A fit setting that the notebook's data cannot support.
enum FitSettingError: Error, Equatable, CustomStringConvertible {
    /// A number of mixture components that is not 1 to the number of data points.
    case unusableComponentCount(Int, points: Int)

    var description: String {
        switch self {
        case .unusableComponentCount(let count, let points):
            return "cannot start \(count) mixture components from \(points) data points; use 1 to \(points) components"
        }
    }
}
