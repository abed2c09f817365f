extension GaussianKDE {
    /// The estimated probability of `[lowerBound, x]` for each `x` of `points`:
    /// scipy's `kde.integrate_box_1d(lowerBound, x)`,
    /// `Σ wᵢ (Φ((x − xᵢ)/s) − Φ((lowerBound − xᵢ)/s))` with `s = sqrt(kde.covariance)`.
    ///
    /// With the default `lowerBound = −∞` this is the distribution function.
    /// seaborn's `kdeplot(cumulative=True)` integrates from the first grid point:
    /// `kde.cumulative(at: grid, from: grid[0])`. Cost O(n·m).
    public func cumulative(at points: [Double], from lowerBound: Double = -.infinity) -> [Double] {
        let scale = covarianceBandwidth
        let lowerTerms = data.map { StandardNormalCDF.value((lowerBound - $0) / scale) }
        var terms = [Double](repeating: 0, count: data.count)
        return points.map { point in
            for index in data.indices {
                let upper = StandardNormalCDF.value((point - data[index]) / scale)
                terms[index] = weights[index] * (upper - lowerTerms[index])
            }
            return PairwiseSum.sum(terms)
        }
    }
}
