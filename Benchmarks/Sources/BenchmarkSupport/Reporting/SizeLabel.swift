/// A point count written the way the benchmark names and tables show it: `1e6`
/// for powers of ten, the plain number otherwise.
///
/// ```swift
/// "\(SizeLabel(1_000_000))"  // "n=1e6"
/// "\(SizeLabel(2_000))"      // "n=2000"
/// ```
public struct SizeLabel: CustomStringConvertible, Sendable {
    /// The count.
    public let count: Int

    /// Labels `count`.
    public init(_ count: Int) {
        self.count = count
    }

    /// `n=1eK` for a power of ten `10^K` (K ≥ 1), else `n=<count>`.
    public var description: String {
        var power = 0
        var rest = count
        while rest >= 10, rest % 10 == 0 {
            rest /= 10
            power += 1
        }
        return rest == 1 && power > 0 ? "n=1e\(power)" : "n=\(count)"
    }
}
