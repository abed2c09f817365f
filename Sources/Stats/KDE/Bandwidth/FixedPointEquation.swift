import Foundation

/// The fixed-point equation `t = ξ·γ^[ℓ](t)` of the improved Sheather–Jones rule,
/// as KDEpy 1.1.12's `_fixed_point` evaluates it (ℓ = 7, float64), whose root is
/// the squared bandwidth relative to the data range.
struct FixedPointEquation: Sendable {
    static let stages = 7
    /// The number of distinct data values, KDEpy's `N`.
    let distinctCount: Int
    /// `I²` for `I = 1…1023`.
    private let squaredIndices: [Double]
    /// The squared DCT coefficients `a[1…]²`.
    private let squaredCoefficients: [Double]

    init(cosineCoefficients: [Double], distinctCount: Int) {
        self.distinctCount = distinctCount
        squaredIndices = (1..<cosineCoefficients.count).map { Double($0 * $0) }
        squaredCoefficients = cosineCoefficients.dropFirst().map { $0 * $0 }
    }

    /// `t − t_opt(t)`, zero at the ISJ solution; −1 when the first norm estimate is
    /// not positive (as in KDEpy).
    func residual(_ time: Double) -> Double {
        let count = Double(distinctCount)
        var norm = functionalNorm(order: Self.stages, time: time)
        if norm <= 0 { return -1 }
        for order in stride(from: Self.stages - 1, through: 2, by: -1) {
            var oddProduct = 1.0
            for odd in stride(from: 1, to: 2 * order + 1, by: 2) { oddProduct *= Double(odd) }
            let k0 = oddProduct / (2 * Double.pi).squareRoot()
            let constant = (1 + pow(0.5, Double(order) + 0.5)) / 3
            let stageTime = pow(2 * constant * k0 / (count * norm), 2.0 / (3.0 + 2.0 * Double(order)))
            norm = functionalNorm(order: order, time: stageTime)
        }
        let optimal = pow(2 * count * Double.pi.squareRoot() * norm, -2.0 / 5)
        return time - optimal
    }

    /// `½ π^(2s) Σ I^(2s) a² exp(−I² π² t)`: the squared L² norm of the s-th
    /// derivative of the density smoothed to time `t`.
    private func functionalNorm(order: Int, time: Double) -> Double {
        let power = Double(order)
        let piSquared = Double.pi * Double.pi
        var terms = [Double](repeating: 0, count: squaredIndices.count)
        for index in terms.indices {
            let squared = squaredIndices[index]
            terms[index] = pow(squared, power) * squaredCoefficients[index] * exp(-squared * piSquared * time)
        }
        return 0.5 * pow(Double.pi, 2 * power) * PairwiseSum.sum(terms)
    }
}
