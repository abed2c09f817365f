#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// numpy's legacy random generator `np.random.RandomState` (MT19937),
/// reproducing numpy 2.x bit for bit for the same seed and call sequence.
///
/// `RandomState(seed: s)` is `np.random.seed(s)`; each method consumes the
/// stream exactly as its numpy namesake, including the legacy polar
/// Box–Muller normal that caches its second variate.
///
/// ```swift
/// var rng = RandomState(seed: 2314)
/// let labels = try rng.randint(low: 0, high: 4, count: 200)  // np.random.randint(0, 4, 200)
/// let u = rng.randomSample()                                 // np.random.random()
/// let x = try rng.laplace(loc: 20 * u, scale: 1.5, count: 3) // np.random.laplace(…, 3)
/// ```
///
/// It is a value: copying a `RandomState` forks the stream.
public struct RandomState: RandomSource, Sendable, Equatable {
    private var bits: MersenneTwister
    /// The second variate of the last polar Box–Muller pair, if unused.
    private var cachedGaussian: Double?

    /// A generator in the state of `np.random.seed(seed)`.
    public init(seed: UInt32) {
        bits = MersenneTwister(seed: seed)
        cachedGaussian = nil
    }

    // MARK: Uniform

    /// One uniform double in [0, 1): `np.random.random_sample()`.
    public mutating func randomSample() -> Double {
        bits.nextDouble()
    }

    /// `count` uniform doubles in [0, 1): `np.random.random_sample(count)`.
    public mutating func randomSample(count: Int) throws(RandomStateError) -> [Double] {
        try draw(count) { $0.randomSample() }
    }

    /// One value uniform in [low, high): `np.random.uniform(low, high)`,
    /// computed as `low + (high - low) * random_sample()`.
    public mutating func uniform(low: Double = 0, high: Double = 1) throws(RandomStateError) -> Double {
        let width = try Self.uniformWidth(low: low, high: high)
        return low + width * randomSample()
    }

    /// `count` values uniform in [low, high): `np.random.uniform(low, high, count)`.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) throws(RandomStateError) -> [Double] {
        let width = try Self.uniformWidth(low: low, high: high)
        return try draw(count) { low + width * $0.randomSample() }
    }

    // MARK: Normal

    /// One standard normal variate: numpy's `legacy_gauss` (polar Box–Muller;
    /// every other call returns the cached second value of a pair).
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1: Double
        var x2: Double
        var r2: Double
        repeat {
            x1 = 2.0 * randomSample() - 1.0
            x2 = 2.0 * randomSample() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let factor = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = factor * x1
        return factor * x2
    }

    /// `count` standard normal variates: `np.random.standard_normal(count)`.
    public mutating func standardNormal(count: Int) throws(RandomStateError) -> [Double] {
        try draw(count) { $0.standardNormal() }
    }

    /// One normal variate `loc + scale * standardNormal()`: `np.random.normal(loc, scale)`.
    public mutating func normal(loc: Double = 0, scale: Double = 1) throws(RandomStateError) -> Double {
        try Self.checkScale(scale)
        return loc + scale * standardNormal()
    }

    /// `count` normal variates: `np.random.normal(loc, scale, count)`.
    public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) throws(RandomStateError) -> [Double] {
        try Self.checkScale(scale)
        return try draw(count) { loc + scale * $0.standardNormal() }
    }

    // MARK: Laplace

    /// One Laplace variate by inversion: `np.random.laplace(loc, scale)`
    /// (numpy's `random_laplace`, which redraws when the uniform is exactly 0).
    public mutating func laplace(loc: Double = 0, scale: Double = 1) throws(RandomStateError) -> Double {
        try Self.checkScale(scale)
        return nextLaplace(loc: loc, scale: scale)
    }

    /// `count` Laplace variates: `np.random.laplace(loc, scale, count)`.
    public mutating func laplace(loc: Double = 0, scale: Double = 1, count: Int) throws(RandomStateError) -> [Double] {
        try Self.checkScale(scale)
        return try draw(count) { $0.nextLaplace(loc: loc, scale: scale) }
    }

    private mutating func nextLaplace(loc: Double, scale: Double) -> Double {
        while true {
            let u = randomSample()
            if u >= 0.5 { return loc - scale * log(2.0 - u - u) }
            if u > 0.0 { return loc + scale * log(u + u) }
        }
    }

    // MARK: RandomSource

    /// `random_sample()`.
    public mutating func nextUniform() -> Double { randomSample() }

    /// The legacy `standard_normal()`.
    public mutating func nextStandardNormal() -> Double { standardNormal() }

    // MARK: Shared helpers

    /// Masked rejection sampling of an offset in `0...range` (numpy's
    /// `random_bounded_uint64_fill` with `use_masked`), 32-bit draws when the
    /// range fits in 32 bits, else 64-bit draws.
    mutating func boundedOffset(range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        var mask = range
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if range <= UInt64(UInt32.max) {
            let mask32 = UInt32(truncatingIfNeeded: mask)
            while true {
                let value = UInt64(bits.next32() & mask32)
                if value <= range { return value }
            }
        }
        while true {
            let value = bits.next64() & mask
            if value <= range { return value }
        }
    }

    mutating func draw<Value>(
        _ count: Int, _ next: (inout RandomState) -> Value
    ) throws(RandomStateError) -> [Value] {
        guard count >= 0 else { throw .negativeCount(count) }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(next(&self)) }
        return values
    }

    private static func checkScale(_ scale: Double) throws(RandomStateError) {
        guard !scale.isNaN, scale.sign == .plus else { throw .invalidScale(name: "scale", value: scale) }
    }

    private static func uniformWidth(low: Double, high: Double) throws(RandomStateError) -> Double {
        let width = high - low
        guard width.isFinite else {
            throw .nonFiniteParameter(name: low.isFinite ? "high - low" : "low", value: low.isFinite ? width : low)
        }
        return width
    }
}
