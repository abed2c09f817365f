import Foundation
import Stats

/// A parametric family fitted to the data by maximum likelihood, drawn over
/// a `distplot` (seaborn's `fit=scipy.stats.<family>`).
///
/// ```swift
/// try axes.distplot(sample, fit: .normal)
/// let custom = DistributionFit(name: "exponential") { data in
///     let rate = 1 / (data.reduce(0, +) / Double(data.count))
///     return { x in x < 0 ? 0 : rate * exp(-rate * x) }
/// }
/// ```
public struct DistributionFit: Sendable {
    /// A short name for messages.
    public let name: String
    /// Fits the family to finite data and returns its density.
    public let fit: @Sendable ([Double]) throws -> @Sendable (Double) -> Double

    public init(name: String, fit: @escaping @Sendable ([Double]) throws -> @Sendable (Double) -> Double) {
        self.name = name
        self.fit = fit
    }

    /// A normal distribution with the sample mean and the maximum-likelihood
    /// (ddof = 0) standard deviation, as `scipy.stats.norm.fit`.
    public static let normal = DistributionFit(name: "normal") { data in
        let mean = data.reduce(0, +) / Double(data.count)
        let sigma = (data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(data.count)).squareRoot()
        return { x in
            let z = (x - mean) / sigma
            return exp(-0.5 * z * z) / (sigma * (2 * Double.pi).squareRoot())
        }
    }

    /// A Laplace distribution with the median and the mean absolute
    /// deviation from it, as `scipy.stats.laplace.fit`.
    public static let laplace = DistributionFit(name: "Laplace") { data in
        let sorted = data.sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let scale = data.map { abs($0 - median) }.reduce(0, +) / Double(data.count)
        return { x in exp(-abs(x - median) / scale) / (2 * scale) }
    }
}
