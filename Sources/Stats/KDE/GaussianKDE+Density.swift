extension GaussianKDE {
    /// The estimated density at each of `points` (scipy's `kde(points)`).
    ///
    /// NaN points give NaN and infinite points 0. With ``KDEMethod/exact`` the
    /// result matches scipy to ~1e-15 relative; ``KDEMethod/binned`` is within
    /// 1e-5 × the peak density; ``KDEMethod/automatic`` (the default) chooses
    /// the faster of the two for this data size and number of points.
    public func density(at points: [Double], method: KDEMethod = .automatic) -> [Double] {
        let binned: BinnedGaussianSum?
        switch method {
        case .exact:
            binned = nil
        case .binned:
            binned = BinnedGaussianSum(sigma: bandwidth, dataRange: dataRange, points: points)
        case .automatic:
            binned = BinnedGaussianSum(sigma: bandwidth, dataRange: dataRange, points: points)
                .flatMap { binningIsFaster($0, pointCount: points.count) ? $0 : nil }
        }
        guard let binned else {
            return ExactGaussianSum.density(at: points, data: data, weights: weights, sigma: bandwidth)
        }
        return binned.density(at: points, data: data, weights: isUnweighted ? nil : weights)
    }

    /// ``KDEMethod/automatic``'s choice: the exact sum while it is cheap (at most
    /// ``exactTermBudget`` kernel terms, about 1.5 ms), so that small data sets
    /// reproduce scipy to the last digits; otherwise the binned sum when its
    /// estimated time is lower.
    private func binningIsFaster(_ plan: BinnedGaussianSum, pointCount: Int) -> Bool {
        let terms = Double(data.count) * Double(pointCount)
        guard terms > Self.exactTermBudget else { return false }
        return plan.estimatedNanoseconds(dataCount: data.count, pointCount: pointCount)
            < ExactGaussianSum.nanosecondsPerTerm * terms
    }

    /// The number of kernel evaluations below which ``KDEMethod/automatic`` always sums exactly.
    static let exactTermBudget = 250_000.0
}
