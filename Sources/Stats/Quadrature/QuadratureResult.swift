/// The outcome of an adaptive integration.
public struct QuadratureResult<Value: QuadratureValue>: Sendable {
    /// The integral estimate (the sum of the Kronrod estimates over the partition).
    public let value: Value
    /// The estimated absolute error (largest component).
    public let errorEstimate: Double
    /// How many times the integrand was evaluated.
    public let evaluations: Int
    /// How many subintervals the final partition has.
    public let subintervals: Int

    @inlinable
    init(value: Value, errorEstimate: Double, evaluations: Int, subintervals: Int) {
        self.value = value
        self.errorEstimate = errorEstimate
        self.evaluations = evaluations
        self.subintervals = subintervals
    }
}
