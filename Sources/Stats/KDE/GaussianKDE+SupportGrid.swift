extension GaussianKDE {
    /// seaborn's evaluation grid (`KDE._define_support_grid`):
    /// `linspace(max(min − bw·cut, clip.lower), min(max + bw·cut, clip.upper), gridsize)`
    /// with `bw = sqrt(kde.covariance)`.
    ///
    /// seaborn 0.13.2 builds this grid from a fit *without* the weights (its
    /// `define_support` is called without them) and evaluates the weighted fit on
    /// it; to reproduce a weighted seaborn curve, take the grid of
    /// `GaussianKDE(data:bandwidth:adjust:)` without weights.
    ///
    /// - Parameters:
    ///   - cut: how many bandwidths the grid reaches beyond the data (≥ 0; seaborn's default 3).
    ///   - gridsize: the number of points, 2…``maximumGridSize`` (seaborn's default 200).
    ///   - clip: bounds the grid may not cross (infinite bounds allowed), or `nil`.
    /// - Throws: ``KDEError/invalidCut(_:)``, ``KDEError/invalidGridSize(_:)``,
    ///   ``KDEError/invalidClip(lower:upper:)``, or ``KDEError/emptySupport(lower:upper:)``
    ///   when the clip range misses the data's support.
    public func supportGrid(cut: Double = 3, gridsize: Int = 200, clip: ClosedRange<Double>? = nil) throws(KDEError)
        -> [Double]
    {
        guard cut.isFinite, cut >= 0 else { throw .invalidCut(cut) }
        guard (2...Self.maximumGridSize).contains(gridsize) else { throw .invalidGridSize(gridsize) }
        let clipLower = clip?.lowerBound ?? -.infinity
        let clipUpper = clip?.upperBound ?? .infinity
        guard !clipLower.isNaN, !clipUpper.isNaN, clipLower < clipUpper else {
            throw .invalidClip(lower: clipLower, upper: clipUpper)
        }
        let lower = max(dataRange.lowerBound - covarianceBandwidth * cut, clipLower)
        let upper = min(dataRange.upperBound + covarianceBandwidth * cut, clipUpper)
        guard lower < upper else { throw .emptySupport(lower: lower, upper: upper) }
        return NumpyLinspace.values(from: lower, to: upper, count: gridsize)
    }
}
