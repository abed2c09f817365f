import Stats

/// One named subset of the data, drawn in its own colour (seaborn's `hue`).
public struct DataGroup: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    public var values: [Double]
    /// Optional non-negative weights, one per value. An observation whose
    /// weight is NaN is left out, as seaborn drops it.
    public var weights: [Double]?

    public init(name: String, values: [Double], weights: [Double]? = nil) {
        self.name = name
        self.values = values
        self.weights = weights
    }

    /// The group without the observations seaborn drops (`dropna`): a NaN
    /// or infinite value, or a NaN weight; with `logScale`, also values ≤ 0,
    /// and the rest as log10 (seaborn's `log_scale=True` computes its
    /// statistics on those). Returns how many were removed.
    ///
    /// - Throws: ``Stats/DataError/lengthMismatch(name:expected:actual:)``
    ///   when there is not one weight per value.
    func finite(logScale: Bool = false) throws(DataError) -> (group: DataGroup, dropped: Int) {
        if let weights, weights.count != values.count {
            throw .lengthMismatch(name: "weights of group '\(name)'", expected: values.count, actual: weights.count)
        }
        let keep = values.indices.filter {
            values[$0].isFinite && !(weights?[$0].isNaN ?? false) && (!logScale || values[$0] > 0)
        }
        let dropped = values.count - keep.count
        guard dropped > 0 || logScale else { return (self, 0) }
        let kept = keep.map { logScale ? AxisScale.log.forward(values[$0]) : values[$0] }
        return (DataGroup(name: name, values: kept, weights: weights.map { w in keep.map { w[$0] } }), dropped)
    }

    /// `count` group colours from `palette`, repeating it when too short.
    static func colors(count: Int, palette: [Color]) -> [Color] {
        guard !palette.isEmpty else { return Array(repeating: .black, count: count) }
        return (0..<count).map { palette[$0 % palette.count] }
    }

    /// The number of values, or the sum of the weights.
    var totalWeight: Double {
        weights?.reduce(0, +) ?? Double(values.count)
    }
}

/// How several groups share the axes (seaborn's `multiple`).
public enum GroupLayout: String, Sendable, Hashable, CaseIterable {
    /// Each group drawn over the others.
    case layer
    /// Groups stacked on top of each other.
    case stack
    /// Stacked and normalised so that the groups fill 0…1 at each point.
    case fill
    /// Side by side within each bin (histograms only).
    case dodge
}

/// The style of a curve: colour, width, dashes (`nil` means the theme's).
public struct CurveStyle: Sendable, Hashable {
    public var color: Color?
    /// Line width in points.
    public var lineWidth: Double?
    public var dashes: [Double]
    /// The alpha of the line, or of the fill when the curve is filled.
    public var alpha: Double?

    public init(color: Color? = nil, lineWidth: Double? = nil, dashes: [Double] = [], alpha: Double? = nil) {
        self.color = color
        self.lineWidth = lineWidth
        self.dashes = dashes
        self.alpha = alpha
    }
}
