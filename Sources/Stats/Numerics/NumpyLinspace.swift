/// `np.linspace(start, stop, count)` with numpy's float64 operations:
/// `step = (stop − start)/(count − 1)`, `yᵢ = i·step + start`, and the last value
/// exactly `stop` (when the step underflows to 0, `yᵢ = (i/(count − 1))·(stop − start) + start`).
enum NumpyLinspace {
    static func values(from start: Double, to stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let divisions = Double(count - 1)
        let delta = stop - start
        let step = delta / divisions
        var result = [Double](repeating: 0, count: count)
        result.withUnsafeMutableBufferPointer { values in
            if step == 0 {
                for i in 0..<count { values[i] = Double(i) / divisions * delta + start }
            } else {
                for i in 0..<count { values[i] = Double(i) * step + start }
            }
            values[count - 1] = stop
        }
        return result
    }
}
