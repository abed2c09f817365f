/// The drawn shape of one or more histograms: seaborn's shrink, then its
/// `_resolve_multiple` (stack, fill, dodge) on bins shared by the groups.
struct HistogramGeometry {
    /// One drawn bin: its extent along the value axis, and its base and top.
    struct Bin {
        var lower: Double
        var upper: Double
        var base: Double
        var top: Double
    }

    /// The bins of each layer, in layer order.
    let bins: [[Bin]]

    init(layers: [HistogramPlotResult.Layer], layout: GroupLayout, shrink: Double) {
        var bins = layers.map { layer in
            zip(zip(layer.edges, layer.edges.dropFirst()), layer.heights).map { span, height in
                let width = span.1 - span.0
                let lower = span.0 + (1 - shrink) / 2 * width
                return Bin(lower: lower, upper: lower + width * shrink, base: 0, top: height)
            }
        }
        switch layout {
        case .layer:
            break
        case .stack, .fill:
            let tops = GroupStacking.stack(bins.map { $0.map(\.top) }, layout: layout)
            for layer in bins.indices {
                for bin in bins[layer].indices {
                    bins[layer][bin].base = tops.bases[layer][bin]
                    bins[layer][bin].top = tops.tops[layer][bin]
                }
            }
        case .dodge:
            let count = Double(bins.count)
            for layer in bins.indices {
                for bin in bins[layer].indices {
                    let width = (bins[layer][bin].upper - bins[layer][bin].lower) / count
                    bins[layer][bin].lower += Double(layer) * width
                    bins[layer][bin].upper = bins[layer][bin].lower + width
                }
            }
        }
        self.bins = bins
    }

    /// The same bins with their value-axis extents mapped by `transform`
    /// (from a scale's linear space back to data values).
    func mapValues(_ transform: (Double) -> Double) -> HistogramGeometry {
        HistogramGeometry(bins: bins.map { layer in
            layer.map { Bin(lower: transform($0.lower), upper: transform($0.upper), base: $0.base, top: $0.top) }
        })
    }

    private init(bins: [[Bin]]) {
        self.bins = bins
    }

    /// The span of all bins along the value axis.
    var valueSpan: ClosedRange<Double>? {
        let all = bins.flatMap { $0 }
        guard let low = all.map(\.lower).min(), let high = all.map(\.upper).max() else { return nil }
        return low...high
    }

    /// The outline of bars as steps, as seaborn draws `element="step"`:
    /// the bins' left edges plus the last bin's right edge, each holding the
    /// bin's top (the last top repeated), expanded as matplotlib's
    /// `steps-post`, so a line ends on a repeated vertex. `top` and `base`
    /// are (value, height) points.
    static func stepOutline(_ bins: [Bin]) -> (top: [Point], base: [Point]) {
        guard let last = bins.last else { return ([], []) }
        let values = bins.map(\.lower) + [last.upper]
        func steps(_ heights: [Double]) -> [Point] {
            var points: [Point] = []
            points.reserveCapacity(2 * heights.count - 1)
            for index in heights.indices {
                points.append(Point(values[index], heights[index]))
                if index + 1 < heights.count { points.append(Point(values[index + 1], heights[index])) }
            }
            return points
        }
        return (steps(bins.map(\.top) + [last.top]), steps(bins.map(\.base) + [last.base]))
    }

    /// The polygon through the bin centres.
    static func polyOutline(_ bins: [Bin]) -> (top: [Point], base: [Point]) {
        (bins.map { Point(($0.lower + $0.upper) / 2, $0.top) }, bins.map { Point(($0.lower + $0.upper) / 2, $0.base) })
    }
}
