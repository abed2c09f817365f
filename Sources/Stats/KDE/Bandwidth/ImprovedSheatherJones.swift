import Foundation

/// The improved Sheather–Jones bandwidth (Botev, Grotowski & Kroese, 2010,
/// "Kernel density estimation via diffusion"), ported from KDEpy 1.1.12's
/// `improved_sheather_jones` so that it returns the same kernel standard deviation.
///
/// KDEpy's choices are kept: a 1024-point grid reaching `max(range/2, 6)` beyond
/// the data (6 in data units, so the rule is not scale invariant for data with a
/// small range), linear binning, the DCT-II of the binned data, the fixed-point
/// equation with ℓ = 7, scipy's `brentq` on `[0, tol]` with the bracket doubled
/// until it holds a root, and the result `sqrt(t*) · (max − min)`.
enum ImprovedSheatherJones {
    static let gridSize = 1024

    /// The kernel standard deviation for `data` (weights optional; zero weights drop their values).
    static func bandwidth(data: [Double], weights: [Double]?) throws(KDEError) -> Double {
        var values = data
        var kept = weights
        if let weights {
            let positive = weights.indices.filter { weights[$0] > 0 }
            values = positive.map { data[$0] }
            kept = positive.map { weights[$0] }
        }
        guard let low = values.min(), let high = values.max(), low < high else {
            throw .bandwidthSelectionFailed("the data have fewer than two distinct values")
        }
        let binned = linearBinning(values, weights: kept, low: low, high: high)
        let cosineCoefficients = DiscreteCosineTransform.typeTwo(binned)
        let equation = FixedPointEquation(
            cosineCoefficients: cosineCoefficients, distinctCount: Set(values).count)
        let time = try root(of: equation)
        return time.squareRoot() * (high - low)
    }

    /// KDEpy's `linear_binning` on `autogrid(data, boundary_abs=6, num_points=1024, boundary_rel=0.5)`:
    /// each value's (normalised) weight is shared between its two neighbouring grid points.
    static func linearBinning(_ values: [Double], weights: [Double]?, low: Double, high: Double) -> [Double] {
        let outside = max(0.5 * (high - low), 6)
        let gridLow = low - outside
        let gridHigh = high + outside
        let spacing = (gridHigh - gridLow) / Double(gridSize - 1)
        var bins = [Double](repeating: 0, count: gridSize + 1)
        if let weights {
            let total = PairwiseSum.sum(weights)
            for (value, weight) in zip(values, weights) {
                let position = (value - gridLow) / spacing
                let index = Int(position.rounded(.down))
                let fraction = position - Double(index)
                let normalised = weight / total
                let upperShare = fraction * normalised
                bins[index + 1] += upperShare
                bins[index] += normalised - upperShare
            }
            return Array(bins[0..<gridSize])
        }
        for value in values {
            let position = (value - gridLow) / spacing
            let index = Int(position.rounded(.down))
            let fraction = position - Double(index)
            bins[index] += 1 - fraction
            bins[index + 1] += fraction
        }
        let count = Double(values.count)
        return bins[0..<gridSize].map { $0 / count }
    }

    /// KDEpy's `_root`: brentq on `[0, tol]`, doubling `tol` until a positive root is
    /// bracketed, giving up once `tol` reaches 1. (Where KDEpy would retry forever with
    /// the same `tol` — an unconverged search or a root at exactly 0 — this doubles too.)
    static func root(of equation: FixedPointEquation) throws(KDEError) -> Double {
        let clamped = Double(max(min(1050, equation.distinctCount), 50))
        var tolerance = 10e-12 + 0.01 * (clamped - 50) / 1000
        while true {
            var found: Double?
            switch BrentRoot.find(in: 0, tolerance, equation.residual) {
            case .converged(let time) where time > 0:
                found = time
            case .converged, .notBracketed, .exhausted:
                tolerance *= 2
            }
            if tolerance >= 1 {
                throw .bandwidthSelectionFailed("root finding did not converge; more data are needed")
            }
            if let found { return found }
        }
    }
}
