/// The names of a header row as messages show them: the first few, each
/// shortened, and how many there are, so that a header of millions of
/// fields makes a message of a line, not megabytes.
struct HeaderNames: Equatable {
    /// The most names a message lists.
    static let shownLimit = 20

    /// The first names (at most ``shownLimit``), shortened for display.
    private(set) var shown: [String] = []
    /// How many names the header has.
    private(set) var count = 0

    /// Adds the next field of the header.
    mutating func append(_ bytes: [UInt8]) {
        if shown.count < Self.shownLimit {
            shown.append(NumericField.displayText(of: NumericField.trimmed(bytes)))
        }
        count += 1
    }

    /// `x, y` — or `a, b, …, t, and 980 more`.
    var list: String { joined(shown) }

    /// `'x', 'y'` — or `'a', 'b', …, 't', and 980 more`.
    var quotedList: String { joined(shown.map { "'\($0)'" }) }

    private func joined(_ items: [String]) -> String {
        let more = count - shown.count
        return items.joined(separator: ", ") + (more > 0 ? ", and \(more) more" : "")
    }
}
