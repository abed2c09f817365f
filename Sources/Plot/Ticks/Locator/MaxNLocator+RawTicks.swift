extension MaxNLocator {
    /// matplotlib's `MaxNLocator._raw_ticks` for `vmin < vmax` (`axes.autolimit_mode = "data"`):
    /// the smallest staircase step at least `(vmax - vmin) / bins` that still puts
    /// `minimumTickCount` ticks in view, with the ticks spanning the range (one step beyond each
    /// end at most).
    func rawTicks(_ vmin: Double, _ vmax: Double, bins: Int) -> [Double] {
        let (scale, offset) = scaleRange(vmin, vmax, bins: bins)
        let low = vmin - offset
        let high = vmax - offset
        var candidates = extendedSteps.map { $0 * scale }
        if integer {
            candidates = candidates.filter { $0 < 1 || abs($0 - $0.rounded(.toNearestOrEven)) < 0.001 }
        }
        let rawStep = (high - low) / Double(bins)
        let firstLarge = candidates.firstIndex { $0 >= rawStep } ?? candidates.count - 1
        guard firstLarge >= 0 else { return [] }

        var ticks: [Double] = []
        for candidate in candidates[...firstLarge].reversed() {
            var step = candidate
            if integer && high.rounded(.down) - low.rounded(.up) >= Double(minimumTickCount - 1) {
                step = max(1, step)
            }
            ticks = spanningTicks(low, high, step: step, offset: offset)
            let inView = ticks.lazy.filter { $0 <= high && $0 >= low }.count
            if inView >= minimumTickCount { break }
        }
        return ticks.map { $0 + offset }
    }

    /// Multiples of `step` from the last one at or below `low` to the first one at or above `high`.
    private func spanningTicks(_ low: Double, _ high: Double, step: Double, offset: Double) -> [Double] {
        let bestLow = PythonFloat.floorDivide(low, step) * step
        let edge = EdgeInteger(step: step, offset: offset)
        let first = edge.stepsAtOrBelow(low - bestLow)
        let last = edge.stepsAtOrAbove(high - bestLow)
        guard let count = Int(exactly: (last + 1 - first).rounded(.up)), count > 0 else { return [] }
        return (0..<count).map { (first + Double($0)) * step + bestLow }
    }
}
