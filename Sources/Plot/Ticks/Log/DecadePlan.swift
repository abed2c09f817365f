import Foundation

/// Which decades `LogLocator.tick_values` puts major ticks on (matplotlib ≥ 3.8 formulas, base 10),
/// and the quantities the minor locator reuses.
///
/// For a view `10^0.3 ... 10^6.9` the decades 1…6 are *available*; the locator picks the largest
/// number of ticks not above the request that a constant stride can give, the largest stride for that
/// count, and an offset that puts ticks on multiples of the stride when it can. The list includes one
/// decade beyond each end.
struct DecadePlan {
    /// `ceil(log10(low))`: the first decade inside the view.
    let lowestDecade: Int
    /// `floor(log10(high))`: the last decade inside the view.
    let highestDecade: Int
    /// The number of decades inside the view (`n_avail`, 0 when the view sits inside one decade).
    var available: Int { highestDecade - lowestDecade + 1 }
    /// Decades between consecutive major ticks.
    let stride: Int
    /// The exponents of the major ticks, increasing.
    let decades: [Int]

    /// The plan for the increasing, positive view `low...high` and a request of `requested` ticks (2…9).
    init(low: Double, high: Double, requested: Int) {
        let logLow = log10(low)
        let logHigh = log10(high)
        lowestDecade = Int(logLow.rounded(.up))
        highestDecade = Int(logHigh.rounded(.down))
        let available = highestDecade - lowestDecade + 1

        var count = requested
        var stride = available / (count + 1) + 1
        let reachable = (available + stride - 1) / stride
        if reachable <= count { count = reachable }

        switch count {
        case 0:  // no decade in view: one tick just outside each end
            decades = [lowestDecade - 1, highestDecade + 1]
            stride = decades[1] - decades[0]
        case 1:  // one tick near the middle
            let middle = Int(((logLow + logHigh) / 2).rounded(.toNearestOrEven))
            stride = max(middle - (lowestDecade - 1), (highestDecade + 1) - middle)
            decades = [middle - stride, middle, middle + stride]
        default:
            stride = (available - 1) / (count - 1)
            if Double(stride) < Double(available) / Double(count) {
                stride = available / count
            }
            let lowestOffset = max(available - stride * count, 0)
            let highestOffset = min(available - stride * (count - 1), stride)
            var offset = Self.pythonModulo(-lowestDecade, stride)
            if !(lowestOffset <= offset && offset < highestOffset) {
                offset = lowestOffset
            }
            decades = Array(Swift.stride(
                from: lowestDecade + offset - stride, to: highestDecade + stride + 1, by: stride))
        }
        self.stride = stride
    }

    /// Python's `a % b` for a positive `b`: the remainder in `0..<b`.
    private static func pythonModulo(_ a: Int, _ b: Int) -> Int {
        let remainder = a % b
        return remainder < 0 ? remainder + b : remainder
    }
}
