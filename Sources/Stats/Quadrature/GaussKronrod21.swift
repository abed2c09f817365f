import Foundation

/// The 21-point Gauss–Kronrod rule with its embedded 10-point Gauss rule
/// (QUADPACK's `qk21` nodes and weights) on [-1, 1].
///
/// The Kronrod estimate is exact for polynomials of degree 31, the Gauss one
/// for degree 19; their difference drives the error estimate.
@usableFromInline
enum GaussKronrod21 {
    /// Non-negative Kronrod abscissae, largest first; odd indices are the Gauss nodes.
    @usableFromInline static let nodes: [Double] = [
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452,
        0.930157491355708226001207180059508, 0.865063366688984510732096688423493,
        0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784,
        0.294392862701460198131126603103866, 0.148874338981631210884826001129720,
        0,
    ]
    /// Kronrod weights for ``nodes``.
    @usableFromInline static let kronrodWeights: [Double] = [
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390,
        0.054755896574351996031381300244580, 0.075039674810919952767043140916190,
        0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077208883306080, 0.134709217311473325928054001771707,
        0.142775938577060080797094273138717, 0.147739104901338491374841515972068,
        0.149445554002916905664936468389821,
    ]
    /// Gauss weights for the nodes at odd indices 1, 3, 5, 7, 9.
    @usableFromInline static let gaussWeights: [Double] = [
        0.066671344308688137593568809893332, 0.149451349150580593145776339657697,
        0.219086362515982043995534934228163, 0.269266719309996355091226921569469,
        0.295524224714752870173892994651338,
    ]

    /// The Kronrod estimate of `∫ₐᵇ g` and QUADPACK's error estimate for it.
    @inlinable
    static func apply<Value: QuadratureValue>(
        _ g: (Double) throws(QuadratureError) -> Value, from a: Double, to b: Double
    ) throws(QuadratureError) -> (value: Value, error: Double) {
        let center = 0.5 * (a + b)
        let halfLength = 0.5 * (b - a)
        var values = [Value](repeating: .zero, count: 21)
        values[0] = try g(center)
        var kronrod = kronrodWeights[10] * values[0]
        var gauss = Value.zero
        var absoluteSum = kronrodWeights[10] * values[0].componentwiseMagnitude
        for index in 0..<10 {
            let offset = halfLength * nodes[index]
            let left = try g(center - offset)
            let right = try g(center + offset)
            values[2 * index + 1] = left
            values[2 * index + 2] = right
            let pair = left + right
            kronrod = kronrod + kronrodWeights[index] * pair
            absoluteSum = absoluteSum
                + kronrodWeights[index] * (left.componentwiseMagnitude + right.componentwiseMagnitude)
            if index % 2 == 1 { gauss = gauss + gaussWeights[index / 2] * pair }
        }
        let mean = 0.5 * kronrod
        var spread = kronrodWeights[10] * (values[0] - mean).componentwiseMagnitude
        for index in 0..<10 {
            spread = spread + kronrodWeights[index]
                * ((values[2 * index + 1] - mean).componentwiseMagnitude
                   + (values[2 * index + 2] - mean).componentwiseMagnitude)
        }
        let scale = abs(halfLength)
        let result = scale * kronrod
        let error = quadpackError(
            difference: (scale * (kronrod - gauss)).largestMagnitude,
            spread: scale * spread.largestMagnitude,
            absoluteIntegral: scale * absoluteSum.largestMagnitude)
        return (result, error)
    }

    /// QUADPACK's scaling of |Kronrod − Gauss|: smaller when the integrand is
    /// smooth relative to its spread, floored at the round-off level.
    @usableFromInline
    static func quadpackError(difference: Double, spread: Double, absoluteIntegral: Double) -> Double {
        var error = difference
        if spread != 0, error != 0 {
            error = spread * min(1, pow(200 * error / spread, 1.5))
        }
        let epsilon = Double.ulpOfOne
        if absoluteIntegral > Double.leastNormalMagnitude / (50 * epsilon) {
            error = max(50 * epsilon * absoluteIntegral, error)
        }
        return error
    }
}
