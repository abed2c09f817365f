/// seaborn's `_resolve_multiple` for heights on a common grid: the top and
/// base of each group after stacking (the last group at the bottom) or
/// filling to 1; unchanged with `.layer` and `.dodge`.
enum GroupStacking {
    static func stack(_ heights: [[Double]], layout: GroupLayout) -> (tops: [[Double]], bases: [[Double]]) {
        let zeros = heights.map { Array(repeating: 0.0, count: $0.count) }
        guard layout == .stack || layout == .fill, let length = heights.first?.count,
            heights.allSatisfy({ $0.count == length })
        else { return (heights, zeros) }
        var tops = heights, bases = zeros
        var running = Array(repeating: 0.0, count: length)
        for index in heights.indices.reversed() {
            bases[index] = running
            running = zip(running, heights[index]).map(+)
            tops[index] = running
        }
        if layout == .fill {
            let totals = running
            func normalise(_ values: [Double]) -> [Double] {
                zip(values, totals).map { $1 > 0 ? $0 / $1 : 0 }
            }
            tops = tops.map(normalise)
            bases = bases.map(normalise)
        }
        return (tops, bases)
    }
}
