/// Why the statistics of a distplot cannot be written as JSON.
enum DistplotReportError: Error, Equatable, CustomStringConvertible {
    /// A field holds NaN or an infinity, which JSON cannot represent.
    case nonFinite(field: String)

    var description: String {
        switch self {
        case .nonFinite(let field):
            return "cannot write JSON: \(field) has NaN or infinite numbers (data spread too small or too large for doubles); rescale the data"
        }
    }
}
