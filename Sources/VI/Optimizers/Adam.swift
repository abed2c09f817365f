import Foundation

/// The Adam update rule (Kingma & Ba 2015) for gradient ascent, usable with
/// exact or stochastic gradients.
///
/// ```swift
/// var adam = Adam(learningRate: 0.05).state(dimension: 2)
/// adam.ascend(&theta, along: gradient)
/// ```
public struct Adam: Sendable, Equatable, Codable {
    /// The step size.
    public var learningRate: Double
    /// The decay of the first-moment average.
    public var beta1: Double
    /// The decay of the second-moment average.
    public var beta2: Double
    /// Added to the root second moment to avoid division by zero.
    public var epsilon: Double

    /// Adam with the given hyper-parameters (defaults: Kingma & Ba's, with a
    /// larger step of 0.05 that suits O(1) parameters).
    public init(learningRate: Double = 0.05, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// Checks the hyper-parameters.
    func validate() throws(VIError) {
        try VIError.require(learningRate > 0 && learningRate.isFinite, "learningRate", learningRate, "positive and finite")
        try VIError.require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)")
        try VIError.require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)")
        try VIError.require(epsilon > 0 && epsilon.isFinite, "epsilon", epsilon, "positive and finite")
    }

    /// Fresh moment estimates for `dimension` parameters.
    public func state(dimension: Int) -> AdamState { AdamState(rule: self, dimension: dimension) }

    /// Maximises a deterministic objective for at most `maxSteps` steps,
    /// stopping when ``ConvergenceCriterion`` is met on the objective trace.
    public func maximize(
        from start: [Double], maxSteps: Int, convergence: ConvergenceCriterion = .init(), _ objective: Objective
    ) throws(VIError) -> OptimizationOutcome {
        try validate()
        try VIError.require(maxSteps >= 0, "maxSteps", Double(maxSteps), "non-negative")
        var theta = start
        var state = state(dimension: start.count)
        var current = try objective(theta)
        var trace = [current.value]
        var converged = false
        while state.steps < maxSteps, !converged {
            state.ascend(&theta, along: current.gradient)
            current = try objective(theta)
            guard current.value.isFinite else { throw .nonFiniteObjective(parameters: theta) }
            trace.append(current.value)
            converged = convergence.isMet(by: trace)
        }
        return OptimizationOutcome(parameters: theta, final: current, trace: trace,
                                   iterations: state.steps, converged: converged)
    }
}

/// Adam's running moment estimates; updating does not allocate.
public struct AdamState: Sendable {
    private let rule: Adam
    private var firstMoment: [Double]
    private var secondMoment: [Double]
    private var beta1Power = 1.0
    private var beta2Power = 1.0
    /// Steps taken so far.
    public private(set) var steps = 0

    init(rule: Adam, dimension: Int) {
        self.rule = rule
        firstMoment = Array(repeating: 0, count: dimension)
        secondMoment = Array(repeating: 0, count: dimension)
    }

    /// Moves `theta` one Adam step uphill along `gradient`.
    public mutating func ascend(_ theta: inout [Double], along gradient: [Double]) {
        steps += 1
        beta1Power *= rule.beta1
        beta2Power *= rule.beta2
        let stepSize = rule.learningRate * (1 - beta2Power).squareRoot() / (1 - beta1Power)
        for i in theta.indices {
            let g = gradient[i]
            firstMoment[i] = rule.beta1 * firstMoment[i] + (1 - rule.beta1) * g
            secondMoment[i] = rule.beta2 * secondMoment[i] + (1 - rule.beta2) * g * g
            theta[i] += stepSize * firstMoment[i] / (secondMoment[i].squareRoot() + rule.epsilon)
        }
    }
}
