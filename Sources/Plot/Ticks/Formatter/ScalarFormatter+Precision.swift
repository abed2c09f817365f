extension ScalarFormatter {
    /// matplotlib's `ScalarFormatter._set_order_of_magnitude`: the power of ten factored out of
    /// the labels (0 unless the visible ticks, or the view span when there is an offset, reach
    /// the power limits).
    func orderOfMagnitude(visible: [Double], offset: Double, view: (Double, Double)) -> Int {
        guard useScientific else { return 0 }
        if lowerPowerLimit == upperPowerLimit && lowerPowerLimit != 0 { return lowerPowerLimit }
        guard let largest = visible.lazy.map(abs).max() else { return 0 }
        let exponent: Int
        if offset != 0 {
            exponent = PythonFloat.floorLog10(view.1 - view.0) ?? 0
        } else {
            exponent = largest == 0 ? 0 : PythonFloat.floorLog10(largest) ?? 0
        }
        return exponent <= lowerPowerLimit || exponent >= upperPowerLimit ? exponent : 0
    }

    /// matplotlib's `ScalarFormatter._set_format`: the number of decimals — the fewest that keep
    /// every tick within 1/1000 of the ticks' span of its exact value.
    ///
    /// With fewer than two ticks the view ends stand in for the span.
    static func decimals(_ locs: [Double], offset: Double, orderOfMagnitude: Int, viewEnds: [Double]) -> Int {
        let scale = PythonFloat.floatPowerOfTen(orderOfMagnitude)
        let spanSource = locs.count < 2 ? locs + viewEnds : locs
        let scaledSpan = spanSource.map { ($0 - offset) / scale }
        let scaled = locs.count < 2 ? Array(scaledSpan.dropLast(2)) : scaledSpan
        var span = (scaledSpan.max() ?? 0) - (scaledSpan.min() ?? 0)
        if span == 0 { span = scaledSpan.lazy.map(abs).max() ?? 0 }
        if span == 0 { span = 1 }
        let spanExponent = PythonFloat.floorLog10(span) ?? 0
        var decimals = max(0, 3 - spanExponent)
        let threshold = 1e-3 * PythonFloat.intPowerOfTen(spanExponent)
        while decimals >= 0 {
            let error = scaled.lazy
                .map { abs($0 - PythonFloat.numpyRound($0, decimals: decimals)) }
                .max() ?? 0
            guard error < threshold else { break }
            decimals -= 1
        }
        return decimals + 1
    }
}
