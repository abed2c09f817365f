/// Which column of a CSV file to read: by header name or by 0-based index.
enum ColumnSelector: Equatable {
    case index(Int)
    case name(String)

    /// A non-negative integer selects by index; any other text by name.
    init(_ text: String) {
        if let index = Int(text), index >= 0 {
            self = .index(index)
        } else {
            self = .name(text)
        }
    }
}
