/// Labels given by hand (what matplotlib's `set_xticks(ticks, labels=…)` and
/// `set_xticklabels` install).
///
/// With `values`, each label belongs to the tick at its value and other ticks
/// stay blank (matplotlib's dictionary formatter for a `FixedLocator`);
/// without, labels go to the ticks in order (`FixedFormatter`).
public struct FixedFormatter: TickFormatter, Hashable {
    public let labels: [String]
    public let values: [Double]?

    public init(_ labels: [String], at values: [Double]? = nil) {
        self.labels = labels
        self.values = values
    }

    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        guard let values else {
            return TickLabels(labels: locations.indices.map { $0 < labels.count ? .plain(labels[$0]) : nil })
        }
        var byValue: [Double: String] = [:]
        for (value, label) in zip(values, labels) { byValue[value] = label }
        return TickLabels(labels: locations.map { byValue[$0].map(TickLabel.plain) })
    }
}

/// No labels (matplotlib's `ticker.NullFormatter`).
public struct NullFormatter: TickFormatter, Hashable {
    public init() {}

    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        TickLabels(labels: Array(repeating: nil, count: locations.count))
    }
}
