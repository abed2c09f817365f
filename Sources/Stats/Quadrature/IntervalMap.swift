/// How one piece of the integration range is parametrised for the rule: the
/// identity on a finite interval, or QUADPACK `qagi`'s transform
/// `x = a ± (1 − t)/t`, `t ∈ (0, 1]`, for a semi-infinite tail.
@usableFromInline
enum IntervalMap: Sendable {
    /// `x = t` on a finite interval.
    case identity
    /// `x = start + (1 − t)/t` covers `[start, ∞)`.
    case upperTail(start: Double)
    /// `x = end − (1 − t)/t` covers `(−∞, end]`.
    case lowerTail(end: Double)

    /// The point `x(t)`.
    @inlinable
    func point(_ t: Double) -> Double {
        switch self {
        case .identity: return t
        case .upperTail(let start): return start + (1 - t) / t
        case .lowerTail(let end): return end - (1 - t) / t
        }
    }

    /// `|dx/dt|`.
    @inlinable
    func jacobian(_ t: Double) -> Double {
        switch self {
        case .identity: return 1
        case .upperTail, .lowerTail: return 1 / (t * t)
        }
    }

    /// The integrand in `t`, with `f(x(t)) · |dx/dt|`; a point mapped to ±∞
    /// contributes nothing (the limit of an integrable integrand).
    @inlinable
    func pulledBack<Value: QuadratureValue>(
        _ f: (Double) -> Value, at t: Double
    ) throws(QuadratureError) -> Value {
        let x = point(t)
        guard x.isFinite else { return .zero }
        let value = f(x)
        guard value.isEveryComponentFinite else { throw .nonFiniteIntegrand(at: x) }
        let weighted = jacobian(t) * value
        guard weighted.isEveryComponentFinite else { throw .nonFiniteIntegrand(at: x) }
        return weighted
    }
}

/// One piece of the adaptive partition with its current estimate.
@usableFromInline
struct QuadratureSegment<Value: QuadratureValue> {
    @usableFromInline let map: IntervalMap
    @usableFromInline let lower: Double
    @usableFromInline let upper: Double
    @usableFromInline let value: Value
    @usableFromInline let error: Double

    @inlinable
    init(map: IntervalMap, lower: Double, upper: Double, value: Value, error: Double) {
        self.map = map
        self.lower = lower
        self.upper = upper
        self.value = value
        self.error = error
    }
}
