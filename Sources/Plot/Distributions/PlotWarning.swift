import Stats

/// Something a plotting call did differently from what was asked, so that
/// the figure is still drawn (seaborn emits these as `UserWarning`s).
public enum PlotWarning: Sendable, Hashable, CustomStringConvertible {
    /// Observations with a NaN or infinite value (or a NaN weight) were
    /// removed before computing statistics.
    case droppedNonFinite(count: Int)
    /// The data have fewer than two distinct values: no density curve.
    case kdeSkipped(reason: String)
    /// A group had no finite values and was left out.
    case emptyGroup(String)
    /// A layout engine could not make room for every axes and left them
    /// where they were.
    case layoutNotApplied(String)
    /// Fixed limits that could not be drawn as given were widened or
    /// partly ignored, as matplotlib's `set_xlim` does.
    case limitsAdjusted(String)
    /// Text holds characters neither DejaVu Sans nor its fallback STIX
    /// General can draw; they show as DejaVu's missing-glyph box
    /// (matplotlib: "Glyph … missing from font(s)").
    case missingGlyphs([Unicode.Scalar])

    /// The warning for a density skipped because of `error` (one whose
    /// ``Stats/KDEError/isUnusableSpread`` is true), naming the group when there are several.
    static func densitySkipped(_ error: KDEError, group: String?) -> PlotWarning {
        guard case .singularData(let count) = error else {
            return .kdeSkipped(reason: (group.map { "group '\($0)': " } ?? "") + error.description)
        }
        let subject = group.map { "group '\($0)' has " } ?? ""
        return .kdeSkipped(reason: "\(subject)\(count) value\(count == 1 ? "" : "s") with zero variance")
    }

    public var description: String {
        switch self {
        case .droppedNonFinite(let count):
            return "\(count) observation\(count == 1 ? " was" : "s were") removed for a NaN or infinite value or a NaN weight"
        case .kdeSkipped(let reason):
            return "density curve skipped: \(reason)"
        case .emptyGroup(let name):
            return "group '\(name)' has no finite values and is not drawn"
        case .layoutNotApplied(let reason), .limitsAdjusted(let reason):
            return reason
        case .missingGlyphs(let scalars):
            let named = scalars.map { "U+" + String($0.value, radix: 16, uppercase: true) + " (\($0))" }
            return "DejaVu Sans and STIX General have no glyph for \(named.joined(separator: ", ")); drawn as empty boxes"
        }
    }
}
