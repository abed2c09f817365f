/// A column that was read but cannot be plotted (no finite values, a range
/// too wide to bin, …), named by its source and column.
struct UnusableDataError: Error, CustomStringConvertible {
    let source: String
    let column: ColumnLabel
    /// What the plotting library reported.
    let reason: String

    var description: String { "\(source), \(column): \(reason)" }
}
