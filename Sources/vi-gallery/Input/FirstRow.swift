/// What ``NumericColumnReader`` keeps of the first row as it streams past:
/// the chosen field, the number of fields, whether some field is text, and
/// the names a message would list. A first row of millions of fields so
/// costs about as much memory as one of them.
struct FirstRow {
    /// The chosen field: its index and bytes.
    struct Field {
        let index: Int
        let bytes: [UInt8]
    }

    let selector: ColumnSelector
    private(set) var fieldCount = 0
    private(set) var names = HeaderNames()
    /// Whether some field is not a number (tracked for `--column NAME` only,
    /// where it decides that the row is a header).
    private(set) var hasText = false
    /// The chosen field, once the row has reached it.
    private(set) var chosen: Field?
    /// `--column NAME`'s name, trimmed, as bytes.
    private let wantedName: [UInt8]?

    init(selector: ColumnSelector) {
        self.selector = selector
        if case .name(let name) = selector {
            wantedName = Array(NumericField.trimmed(Array(name.utf8)))
        } else {
            wantedName = nil
        }
    }

    /// Adds field `index` of the row.
    mutating func add(_ bytes: [UInt8], index: Int) {
        fieldCount += 1
        names.append(bytes)
        if let wantedName {
            if !hasText, NumericField.value(of: bytes) == nil { hasText = true }
            if chosen == nil, NumericField.trimmed(bytes).elementsEqual(wantedName) { chosen = Field(index: index, bytes: bytes) }
        } else if chosen == nil, case .index(index) = selector {
            chosen = Field(index: index, bytes: bytes)
        }
    }
}
