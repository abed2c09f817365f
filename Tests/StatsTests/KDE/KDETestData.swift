import Foundation
import Stats

/// Deterministic test samples (SplitMix64 stream; no dependency on numpy's generator).
struct KDETestData {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
    }

    mutating func normal() -> Double {
        let u = max(uniform(), 1e-300)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }

    mutating func laplace() -> Double {
        let u = uniform() - 0.5
        return (u < 0 ? 1 : -1) * log(max(1 - 2 * abs(u), 1e-300))
    }

    mutating func cauchy() -> Double { tan(Double.pi * (uniform() - 0.5)) }

    mutating func sample(_ count: Int, _ draw: (inout KDETestData) -> Double) -> [Double] {
        (0..<count).map { _ in draw(&self) }
    }

    /// Named data sets spanning the shapes the binned path must handle.
    static func accuracyCases() -> [(name: String, data: [Double], weights: [Double]?, rule: BandwidthRule)] {
        var random = KDETestData(seed: 2314)
        let means = [-5.0, 0, 6, 12], scales = [1.0, 0.3, 2, 0.5]
        let mixture = (0..<3000).map { i in means[i % 4] + scales[i % 4] * random.laplace() }
        return [
            ("normal", random.sample(3000) { $0.normal() }, nil, .scott),
            ("laplace", random.sample(2500) { $0.laplace() }, nil, .scott),
            ("laplace mixture", mixture, nil, .scott),
            ("laplace mixture, ISJ (tiny bandwidth)", mixture, nil, .isj),
            ("cauchy (heavy tails, wide range)", random.sample(3000) { $0.cauchy() }, nil, .scott),
            ("cauchy, ISJ", random.sample(2000) { $0.cauchy() }, nil, .isj),
            ("ties", random.sample(3000) { Double(Int($0.uniform() * 10)) }, nil, .scott),
            ("half ties, factor 0.05", random.sample(3000) { Double(Int($0.uniform() * 20)) / 2 }, nil, .factor(0.05)),
            ("weighted lognormal", random.sample(2000) { exp($0.normal()) }, random.sample(2000) { $0.uniform() }, .silverman),
            ("two points", [0, 1], nil, .scott),
        ]
    }
}
