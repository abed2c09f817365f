/// Evenly spaced edges computed with numpy's float operations.
enum LinearEdges {
    /// `np.linspace(first, last, count + 1)`: `i·step + first` with
    /// `step = (last - first) / count`, the last edge exactly `last`
    /// (and numpy's `(i / count)·delta` form when the step underflows to 0).
    static func linspace(first: Double, last: Double, binCount: Int) -> [Double] {
        let delta = last - first
        let divisor = Double(binCount)
        let step = delta / divisor
        var edges = [Double](repeating: 0, count: binCount + 1)
        edges.withUnsafeMutableBufferPointer { edges in
            if step == 0 {
                for i in 0...binCount { edges[i] = Double(i) / divisor * delta + first }
            } else {
                for i in 0...binCount { edges[i] = Double(i) * step + first }
            }
            edges[binCount] = last
        }
        return edges
    }

    /// The number of values and the last value of `np.arange(start, stop, step)`
    /// for a positive step (numpy fills `start + i·((start + step) - start)`
    /// from the third value on), or nil when the range is empty.
    static func arangeEnd(start: Double, stop: Double, step: Double) -> (count: Double, last: Double)? {
        let count = ((stop - start) / step).rounded(.up)
        guard count >= 1 else { return nil }
        let delta = (start + step) - start
        let last: Double
        switch count {
        case 1: last = start
        case 2: last = start + step
        default: last = start + (count - 1) * delta
        }
        return (count, last)
    }
}
