/// Finds chosen order statistics without sorting or copying the data: a
/// most-significant-digit radix select over the doubles' order-preserving bit
/// patterns. Each level counts 16-bit digits in one pass with no data-dependent
/// branches, then copies only the few buckets that hold a requested rank and
/// descends into them. The cost is about two passes over the data plus work on
/// small buckets, whatever the distribution (heavy tails and ties included).
enum OrderStatistics {
    private static let digitBits: UInt64 = 16
    private static let digitMask: UInt64 = 0xFFFF
    private static let bucketCount = 1 << 16
    /// Buckets this small are finished by sorting.
    private static let sortLimit = 256

    /// A requested rank and its position inside the current bucket.
    private struct Request {
        let rank: Int
        var position: Int
    }

    /// The values a full ascending sort would put at each of `ranks`
    /// (each in `0..<values.count`), in the order of `ranks`. NaN must not occur.
    static func values(atRanks ranks: [Int], in values: UnsafeBufferPointer<Double>) -> [Double] {
        let requests = Array(Set(ranks)).sorted().map { Request(rank: $0, position: $0) }
        var found: [Int: UInt64] = [:]
        let shift = 64 - digitBits
        let counts = digitCounts(values, shift: shift) { $0.sortableKey }
        let targets = bucketTargets(requests, counts: counts)
        var subsets = targets.map { target -> [UInt64] in
            var subset: [UInt64] = []
            subset.reserveCapacity(counts[target.bucket])
            return subset
        }
        var slotOfBucket = [Int](repeating: -1, count: bucketCount)
        for (slot, target) in targets.enumerated() { slotOfBucket[target.bucket] = slot }
        slotOfBucket.withUnsafeBufferPointer { slotOfBucket in
            for value in values {
                let key = value.sortableKey
                let slot = slotOfBucket[digit(key, shift)]
                if slot >= 0 { subsets[slot].append(key) }
            }
        }
        for (slot, target) in targets.enumerated() {
            select(target.requests, in: &subsets[slot], shift: shift - digitBits, into: &found)
        }
        return ranks.map { Double(sortableKey: found[$0] ?? 0) }
    }

    /// Keys here share every digit above `shift + 16`.
    private static func select(
        _ requests: [Request], in keys: inout [UInt64], shift: UInt64, into found: inout [Int: UInt64]
    ) {
        if keys.count <= sortLimit {
            keys.sort()
            for request in requests { found[request.rank] = keys[request.position] }
            return
        }
        let counts = keys.withUnsafeBufferPointer { digitCounts($0, shift: shift) { $0 } }
        for target in bucketTargets(requests, counts: counts) {
            if shift == 0 {
                // Every digit is decided, so all keys in this bucket are equal.
                let key = (keys[0] & ~digitMask) | UInt64(target.bucket)
                for request in target.requests { found[request.rank] = key }
                continue
            }
            var subset = counts[target.bucket] == keys.count
                ? keys
                : keys.filter { digit($0, shift) == target.bucket }
            select(target.requests, in: &subset, shift: shift - digitBits, into: &found)
        }
    }

    private static func digitCounts<Element>(
        _ elements: UnsafeBufferPointer<Element>, shift: UInt64, key: (Element) -> UInt64
    ) -> [Int] {
        var counts = [Int](repeating: 0, count: bucketCount)
        counts.withUnsafeMutableBufferPointer { counts in
            for element in elements { counts[digit(key(element), shift)] += 1 }
        }
        return counts
    }

    @inline(__always)
    private static func digit(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key >> shift) & digitMask)
    }

    /// The buckets holding the requested ranks (ascending), with each rank's
    /// position inside its bucket.
    private static func bucketTargets(_ requests: [Request], counts: [Int]) -> [(bucket: Int, requests: [Request])] {
        var targets: [(bucket: Int, requests: [Request])] = []
        var below = 0
        var bucket = 0
        for request in requests {
            while below + counts[bucket] <= request.position {
                below += counts[bucket]
                bucket += 1
            }
            let inside = Request(rank: request.rank, position: request.position - below)
            if targets.last?.bucket == bucket {
                targets[targets.count - 1].requests.append(inside)
            } else {
                targets.append((bucket, [inside]))
            }
        }
        return targets
    }
}

extension Double {
    /// The bit pattern remapped so that unsigned order is numeric order
    /// (negative values reversed below the positive ones).
    @inline(__always)
    fileprivate var sortableKey: UInt64 {
        let bits = bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// The inverse of ``sortableKey``.
    fileprivate init(sortableKey key: UInt64) {
        self.init(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
    }
}
