/// Places chosen order statistics of a buffer at their sorted positions
/// without sorting the whole buffer (an introselect for several ranks sharing
/// one partition tree, as `np.partition` with several `kth`).
enum OrderStatistics {
    private static let insertionSortLimit = 24

    /// After the call, `values[r]` holds the value a full ascending sort would put
    /// at index `r`, for every `r` in `ranks` (each in `0..<values.count`).
    static func select(_ ranks: [Int], in values: UnsafeMutableBufferPointer<Double>) {
        guard !values.isEmpty else { return }
        let sortedRanks = Array(Set(ranks)).sorted()
        var depthBudget = 2
        var count = values.count
        while count > 1 {
            depthBudget += 2
            count >>= 1
        }
        sortedRanks.withUnsafeBufferPointer { ranks in
            select(ranks[...], values, low: 0, high: values.count - 1, depthBudget: depthBudget)
        }
    }

    private static func select(
        _ ranks: Slice<UnsafeBufferPointer<Int>>, _ a: UnsafeMutableBufferPointer<Double>,
        low: Int, high: Int, depthBudget: Int
    ) {
        var low = low
        var high = high
        var ranks = ranks
        var budget = depthBudget
        while !ranks.isEmpty {
            if high - low < insertionSortLimit {
                insertionSort(a, low: low, high: high)
                return
            }
            if budget == 0 {
                var window = UnsafeMutableBufferPointer(rebasing: a[low...high])
                window.sort()
                return
            }
            budget -= 1
            let split = partition(a, low: low, high: high)
            // Ranks up to `split` lie in [low, split], the others in [split + 1, high].
            let boundary = ranks.firstIndex { $0 > split } ?? ranks.endIndex
            let left = ranks[ranks.startIndex..<boundary]
            let right = ranks[boundary..<ranks.endIndex]
            if left.isEmpty {
                ranks = right
                low = split + 1
            } else if right.isEmpty {
                ranks = left
                high = split
            } else {
                select(left, a, low: low, high: split, depthBudget: budget)
                ranks = right
                low = split + 1
            }
        }
    }

    /// Hoare partition around the median of three; returns `j` with
    /// `a[low...j] <= a[j+1...high]`, both sides non-empty.
    private static func partition(_ a: UnsafeMutableBufferPointer<Double>, low: Int, high: Int) -> Int {
        let middle = low + (high - low) / 2
        if a[middle] < a[low] { a.swapAt(middle, low) }
        if a[high] < a[low] { a.swapAt(high, low) }
        if a[high] < a[middle] { a.swapAt(high, middle) }
        let pivot = a[middle]
        var i = low - 1
        var j = high + 1
        while true {
            repeat { i += 1 } while a[i] < pivot
            repeat { j -= 1 } while a[j] > pivot
            if i >= j { return j }
            a.swapAt(i, j)
        }
    }

    private static func insertionSort(_ a: UnsafeMutableBufferPointer<Double>, low: Int, high: Int) {
        guard high > low else { return }
        for i in (low + 1)...high {
            let value = a[i]
            var j = i - 1
            while j >= low && a[j] > value {
                a[j + 1] = a[j]
                j -= 1
            }
            a[j + 1] = value
        }
    }
}
