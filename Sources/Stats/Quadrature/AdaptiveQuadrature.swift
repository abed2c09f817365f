/// Globally adaptive Gauss–Kronrod (G10K21) integration on finite,
/// semi-infinite and infinite intervals, in the manner of QUADPACK's
/// `qagp` (user break points) and `qagi` (infinite ranges).
///
/// The range is first cut at the break points (put integrand kinks there:
/// a Laplace location, for example), then the piece with the largest error
/// estimate is bisected until the summed error estimate is at most
/// `max(absolute, relative · |value|)`. Infinite pieces are mapped onto
/// `(0, 1]` by `x = a ± (1 − t)/t`.
///
/// ```swift
/// let r = try AdaptiveQuadrature.integrate({ exp(-abs($0)) },
///                                          from: -.infinity, to: .infinity,
///                                          breakPoints: [0])
/// r.value          // 2
/// r.errorEstimate  // ≤ 2e-10
/// ```
///
/// The generic entry points are `@inlinable`, so that a caller in another
/// module (VI's ELBO, with `SIMD4<Double>` values) gets them specialised for
/// its value type and integrand instead of running the generic code with
/// run-time metadata lookups for every arithmetic operation (measured: about
/// half of `vi-gallery`'s compute before the change).
public enum AdaptiveQuadrature {
    /// `∫ₐᵇ f(x) dx` for a scalar or small-vector integrand.
    ///
    /// - Parameters:
    ///   - f: the integrand; it must be finite wherever it is evaluated.
    ///   - a: the lower bound, possibly `-infinity`.
    ///   - b: the upper bound, possibly `+infinity`.
    ///   - breakPoints: points where the integrand is not smooth (or has
    ///     narrow features); those outside `(a, b)` or not finite are ignored.
    ///   - tolerance: the error goal and the subdivision limit.
    /// - Throws: ``QuadratureError`` for bad bounds or tolerances, a
    ///   non-finite integrand value, or failure to converge.
    @inlinable
    public static func integrate<Value: QuadratureValue>(
        _ f: (Double) -> Value,
        from a: Double,
        to b: Double,
        breakPoints: [Double] = [],
        tolerance: QuadratureTolerance = .standard
    ) throws(QuadratureError) -> QuadratureResult<Value> {
        guard !a.isNaN, !b.isNaN, a <= b else { throw .invalidBounds(lower: a, upper: b) }
        let tolerance = try tolerance.validated()
        guard a < b else { return QuadratureResult(value: .zero, errorEstimate: 0, evaluations: 0, subintervals: 0) }

        var evaluations = 0
        func estimate(_ map: IntervalMap, _ lower: Double, _ upper: Double) throws(QuadratureError) -> QuadratureSegment<Value> {
            evaluations += 21
            let (value, error) = try GaussKronrod21.apply({ (t: Double) throws(QuadratureError) -> Value in
                try map.pulledBack(f, at: t)
            }, from: lower, to: upper)
            return QuadratureSegment(map: map, lower: lower, upper: upper, value: value, error: error)
        }

        var segments: [QuadratureSegment<Value>] = []
        for (map, lower, upper) in initialPieces(from: a, to: b, breakPoints: breakPoints) {
            segments.append(try estimate(map, lower, upper))
        }
        var subdivisions = 0
        while true {
            var total = Value.zero
            var totalError = 0.0
            var worst = 0
            for (index, segment) in segments.enumerated() {
                total = total + segment.value
                totalError += segment.error
                if segment.error > segments[worst].error { worst = index }
            }
            let goal = max(tolerance.absolute, tolerance.relative * total.largestMagnitude)
            if totalError <= goal {
                return QuadratureResult(value: total, errorEstimate: totalError,
                                        evaluations: evaluations, subintervals: segments.count)
            }
            guard subdivisions < tolerance.maxSubdivisions else {
                throw .notConverged(errorEstimate: totalError, goal: goal, subdivisions: subdivisions)
            }
            let piece = segments[worst]
            let middle = 0.5 * (piece.lower + piece.upper)
            guard piece.lower < middle, middle < piece.upper else {
                throw .intervalTooSmall(at: piece.map.point(middle), errorEstimate: totalError, goal: goal)
            }
            segments[worst] = try estimate(piece.map, piece.lower, middle)
            segments.append(try estimate(piece.map, middle, piece.upper))
            subdivisions += 1
        }
    }

    /// The expectation `E[f(X)] = ∫ p(x) f(x) dx` under `distribution`, over
    /// the whole line with break points at the distribution's features and
    /// `extraBreakPoints` (the kinks of `f`). Where the density is zero the
    /// integrand is zero, whatever `f` is.
    @inlinable
    public static func expectation<D: UnivariateDistribution, Value: QuadratureValue>(
        of distribution: D,
        _ f: (Double) -> Value,
        extraBreakPoints: [Double] = [],
        tolerance: QuadratureTolerance = .standard
    ) throws(QuadratureError) -> QuadratureResult<Value> {
        try integrate({ x in
            let p = distribution.density(x)
            return p > 0 ? p * f(x) : .zero
        }, from: -.infinity, to: .infinity,
        breakPoints: distribution.featurePoints + extraBreakPoints, tolerance: tolerance)
    }

    /// The pieces between consecutive break points, tails mapped onto (0, 1].
    @usableFromInline
    static func initialPieces(from a: Double, to b: Double, breakPoints: [Double])
        -> [(IntervalMap, Double, Double)] {
        var cuts = Set(breakPoints.filter { $0.isFinite && $0 > a && $0 < b }).sorted()
        if cuts.isEmpty, a == -.infinity, b == .infinity { cuts = [0] }
        let edges = [a] + cuts + [b]
        return zip(edges, edges.dropFirst()).map { lower, upper in
            if lower == -.infinity { return (.lowerTail(end: upper), 0, 1) }
            if upper == .infinity { return (.upperTail(start: lower), 0, 1) }
            return (.identity, lower, upper)
        }
    }
}
