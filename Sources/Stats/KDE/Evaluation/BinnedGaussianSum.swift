import Foundation

/// A fast approximation of the Gaussian kernel sum: the data are binned on a
/// regular grid of spacing `δ = σ/32`, the bins are smoothed with the sampled
/// kernel (truncated at 8σ), and the smoothed node values are interpolated to the
/// requested points with cubic Lagrange polynomials.
///
/// The binning is *quadratic* (each value is shared by its three nearest nodes
/// with the weights that keep its mass, mean and second moment): its error is
/// O((δ/σ)³) instead of linear binning's O((δ/σ)²), which allows a 4× coarser
/// grid for the same accuracy. Measured against the exact sum over normal,
/// Laplace, mixture, heavy-tailed, tied and weighted data the absolute error
/// stays below ~3e-6 × the peak density (the bound promised is 1e-5).
///
/// Cost: one pass over the data (three scattered additions per value) plus the
/// smoothing of only the nodes the interpolation needs (at most four per point),
/// each a direct 513-tap sum. Measured, this beats an FFT convolution of the
/// whole grid in every regime tried (the FFT only breaks even when nearly every
/// node is requested), so no FFT is used here.
struct BinnedGaussianSum {
    /// Grid nodes per kernel standard deviation.
    static let nodesPerSigma = 32
    /// Kernel truncation in standard deviations (exp(−32) ≈ 1e-14 of the peak).
    static let kernelReach = 8
    /// The largest grid the binned path builds (32 MiB of nodes); beyond it the
    /// data range spans too many bandwidths and the caller falls back to the exact sum.
    static let maximumNodeCount = 1 << 22

    /// Kernel taps on either side of a node.
    static let reach = nodesPerSigma * kernelReach

    let sigma: Double
    /// The position of node 0.
    let origin: Double
    /// The node spacing δ.
    let spacing: Double
    /// Nodes covering the data and the points, with two spare nodes at each end.
    let nodeCount: Int

    /// Plans a grid covering `dataRange` and the finite `points`, or returns `nil`
    /// when it would need more than ``maximumNodeCount`` nodes.
    init?(sigma: Double, dataRange: ClosedRange<Double>, points: [Double]) {
        var low = dataRange.lowerBound, high = dataRange.upperBound
        for point in points where point.isFinite {
            low = min(low, point)
            high = max(high, point)
        }
        let spacing = sigma / Double(Self.nodesPerSigma)
        let origin = low - 2 * spacing
        let span = (high - origin) / spacing
        guard span.isFinite, span < Double(Self.maximumNodeCount - 4) else { return nil }
        self.sigma = sigma
        self.origin = origin
        self.spacing = spacing
        self.nodeCount = Int(span.rounded(.up)) + 3
    }

    /// Approximate densities at `points`; NaN points give NaN and infinite points 0.
    /// - Parameters:
    ///   - weights: the normalised weights, or `nil` for `1/n` each.
    func density(at points: [Double], data: [Double], weights: [Double]?) -> [Double] {
        // Node k of the grid lives at index k + reach of the padded arrays, so that
        // the smoothing sum never needs a bounds test.
        let padded = bin(data, weights: weights)
        let taps = kernelTaps(scale: weights == nil ? 1 / Double(data.count) : 1)
        let smoothed = smoothOnDemand(padded, taps: taps, points: points)
        return points.map { point in
            guard point.isFinite else { return point.isNaN ? .nan : 0 }
            return interpolate(smoothed, at: point)
        }
    }

    /// Quadratic binning: a value at `origin + (j + t)·δ`, `|t| ≤ ½`, adds
    /// `(t² − t)/2`, `1 − t²`, `(t² + t)/2` of its weight to nodes j−1, j, j+1.
    ///
    /// Values are taken in chunks: first every node index and offset of the
    /// chunk (independent work the processor overlaps), then the scattered
    /// additions, in data order, so each node sums its shares in the same order.
    private func bin(_ data: [Double], weights: [Double]?) -> [Double] {
        var padded = [Double](repeating: 0, count: nodeCount + 2 * Self.reach)
        let inverseSpacing = 1 / spacing
        let shiftedOrigin = origin - Double(Self.reach) * spacing
        let chunk = 256
        var chunkNodes = [Int](repeating: 0, count: chunk)
        var chunkOffsets = [Double](repeating: 0, count: chunk)
        padded.withUnsafeMutableBufferPointer { nodes in
            chunkNodes.withUnsafeMutableBufferPointer { nodeOf in
                chunkOffsets.withUnsafeMutableBufferPointer { offsetOf in
                    data.withUnsafeBufferPointer { xs in
                        for start in stride(from: 0, to: xs.count, by: chunk) {
                            let count = min(chunk, xs.count - start)
                            for k in 0..<count {
                                let position = (xs[start + k] - shiftedOrigin) * inverseSpacing
                                let node = Int(position + 0.5)
                                nodeOf[k] = node
                                offsetOf[k] = position - Double(node)
                            }
                            for k in 0..<count {
                                let node = nodeOf[k], t = offsetOf[k]
                                let weight = weights?[start + k] ?? 1
                                let half = 0.5 * t * weight
                                let tw = t * half
                                nodes[node - 1] += tw - half
                                nodes[node] += weight - 2 * tw
                                nodes[node + 1] += tw + half
                            }
                        }
                    }
                }
            }
        }
        return padded
    }

    /// `scale · φ(iδ/σ)/σ` for `i = 0…reach`.
    private func kernelTaps(scale: Double) -> [Double] {
        let normalisation = scale / (sigma * (2 * Double.pi).squareRoot())
        return (0...Self.reach).map { offset in
            let z = Double(offset) / Double(Self.nodesPerSigma)
            return exp(-0.5 * z * z) * normalisation
        }
    }

    /// Rough running-time model (nanoseconds, x86-64 release build, measured with
    /// 200 to 10⁶ values): 3.5 per value binned, 1 per node allocated and 0.15 per
    /// multiply-add of the smoothing.
    func estimatedNanoseconds(dataCount: Int, pointCount: Int) -> Double {
        let smoothedNodes = min(nodeCount, 4 * pointCount)
        return 3.5 * Double(dataCount) + Double(nodeCount + 2 * Self.reach)
            + 0.15 * Double(smoothedNodes * (2 * Self.reach + 1)) + 10_000
    }

    /// The smoothed value of every node an interpolation at `points` needs
    /// (the others stay 0), indexed like the padded bins.
    private func smoothOnDemand(_ padded: [Double], taps: [Double], points: [Double]) -> [Double] {
        var smoothed = [Double](repeating: 0, count: padded.count)
        var done = [Bool](repeating: false, count: padded.count)
        let reach = Self.reach
        padded.withUnsafeBufferPointer { bins in
            taps.withUnsafeBufferPointer { kernel in
                for point in points where point.isFinite {
                    let first = Int((point - origin) / spacing) - 1 + reach
                    for index in first...(first + 3) where !done[index] {
                        var sum = bins[index] * kernel[0]
                        for offset in 1...reach {
                            sum += (bins[index - offset] + bins[index + offset]) * kernel[offset]
                        }
                        smoothed[index] = sum
                        done[index] = true
                    }
                }
            }
        }
        return smoothed
    }

    /// Cubic Lagrange interpolation through the four nodes around `point`,
    /// clamped at 0 (the approximation may dip a hair below 0 in empty regions).
    private func interpolate(_ smoothed: [Double], at point: Double) -> Double {
        let position = (point - origin) / spacing
        let node = Int(position)
        let t = position - Double(node)
        let index = node - 1 + Self.reach
        let w0 = -t * (t - 1) * (t - 2) / 6
        let w1 = (t + 1) * (t - 1) * (t - 2) / 2
        let w2 = -(t + 1) * t * (t - 2) / 2
        let w3 = (t + 1) * t * (t - 1) / 6
        let value = w0 * smoothed[index] + w1 * smoothed[index + 1] + w2 * smoothed[index + 2] + w3 * smoothed[index + 3]
        return max(0, value)
    }
}
