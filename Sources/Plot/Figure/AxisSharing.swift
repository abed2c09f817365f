/// Which axes of a subplot grid share an axis (matplotlib's `sharex` /
/// `sharey`: `False`, `True`, `"row"`, `"col"`).
public enum AxisSharing: String, Sendable, Hashable {
    /// Each axes has its own.
    case none
    /// Every axes of the grid shares one.
    case all
    /// The axes of each row share one.
    case row
    /// The axes of each column share one.
    case column

    /// The axes that `[row][column]` joins, or `nil` when it leads its group.
    func leader(row: Int, column: Int, in grid: [[Axes]]) -> Axes? {
        switch self {
        case .none: return nil
        case .all: return row == 0 && column == 0 ? nil : grid[0][0]
        case .row: return column == 0 ? nil : grid[row][0]
        case .column: return row == 0 ? nil : grid[0][column]
        }
    }

    /// Whether shared x tick labels above the bottom row are hidden.
    var hidesInnerXLabels: Bool { self == .all || self == .column }
    /// Whether shared y tick labels right of the first column are hidden.
    var hidesInnerYLabels: Bool { self == .all || self == .row }
}

/// Where an axes sits in the subplot grid it was made in.
struct GridCell: Hashable, Sendable {
    let rows: Int
    let columns: Int
    let row: Int
    let column: Int
}
