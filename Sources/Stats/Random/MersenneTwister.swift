/// The 32-bit Mersenne Twister MT19937 exactly as numpy's `mt19937.c`:
/// the reference `init_genrand` seeding, the twist over 624 words and the
/// standard tempering.
///
/// It is the bit source under ``RandomState``; the distributions live there.
struct MersenneTwister: Sendable, Equatable {
    private static let stateLength = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    private var key: [UInt32]
    private var position: Int

    /// Seeds as numpy's `mt19937_seed` (the legacy `np.random.seed(int)` path).
    init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Self.stateLength)
        var value = seed
        for index in 0..<Self.stateLength {
            key[index] = value
            value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
        }
        self.key = key
        position = Self.stateLength
    }

    /// The next tempered 32-bit output (`mt19937_next32`).
    mutating func next32() -> UInt32 {
        if position == Self.stateLength { twist() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Two outputs glued high word first (`mt19937_next64`).
    mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A double in [0, 1) with 53 random bits (`mt19937_next_double`).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// Regenerates the 624 words of state (`mt19937_gen`).
    private mutating func twist() {
        let n = Self.stateLength
        let m = Self.shift
        key.withUnsafeMutableBufferPointer { key in
            func mixed(_ upper: UInt32, _ lower: UInt32) -> UInt32 {
                let y = (upper & Self.upperMask) | (lower & Self.lowerMask)
                return (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
            }
            for i in 0..<(n - m) {
                key[i] = key[i + m] ^ mixed(key[i], key[i + 1])
            }
            for i in (n - m)..<(n - 1) {
                key[i] = key[i + m - n] ^ mixed(key[i], key[i + 1])
            }
            key[n - 1] = key[m - 1] ^ mixed(key[n - 1], key[0])
        }
        position = 0
    }
}
