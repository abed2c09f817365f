import Foundation

/// A streaming, overflow-free accumulator of `log(Σ exp(tᵢ))`.
///
/// Terms are added one at a time without storing them, which keeps mixture
/// log densities allocation-free.
///
/// ```swift
/// var acc = LogSumExp()
/// acc.add(-1000); acc.add(-1000)
/// acc.value   // -1000 + log(2)
/// ```
public struct LogSumExp: Sendable {
    private var maximum = -Double.infinity
    private var scaledSum = 0.0

    /// An empty sum (its value is `-infinity`).
    public init() {}

    /// Adds the term `exp(term)` to the sum.
    public mutating func add(_ term: Double) {
        if maximum.isNaN || maximum == .infinity {
            if term.isNaN { maximum = term }
            return
        }
        if term.isNaN || term == .infinity {
            maximum = term
            scaledSum = 1
        } else if term <= maximum {
            scaledSum += exp(term - maximum)
        } else {
            scaledSum = scaledSum * exp(maximum - term) + 1
            maximum = term
        }
    }

    /// `log(Σ exp(tᵢ))` over the terms added so far.
    public var value: Double {
        guard maximum.isFinite else { return maximum }
        return maximum + log(scaledSum)
    }

    /// `log(Σ exp(tᵢ))` of a whole array.
    public static func of(_ terms: [Double]) -> Double {
        var accumulator = LogSumExp()
        for term in terms { accumulator.add(term) }
        return accumulator.value
    }
}
