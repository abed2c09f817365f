import Plot
import Stats
import VI

/// The backdrop of the fit figures: the notebook's points as a grey
/// density histogram and the true density p(x) over them.
enum NotebookPanel {
    /// Bins of the data histograms: about 0.5 wide over the data, fine
    /// enough to show the narrow Laplace peaks (numpy's "auto" rule gives 10).
    static let histogramBins = 60

    /// Draws the data histogram (density scale) and the true density over
    /// `range`, with legend labels.
    static func drawDataAndTruth(_ fitter: NotebookFitter, on axes: Axes, over range: ClosedRange<Double>) throws {
        try drawHistogram(fitter.data.data, on: axes)
        try drawTruth(fitter.target, on: axes, over: range)
    }

    /// A grey density histogram of `points` in ``histogramBins`` bins, labelled.
    static func drawHistogram(_ points: [Double], on axes: Axes) throws {
        try axes.distplot(
            points, bins: .count(histogramBins), kde: false, normHist: true, color: GalleryStyle.dataColor,
            label: "data: \(points.count) points (\(histogramBins) bins)")
    }

    /// Draws p(x) over `range` on a grid that includes every kink, so that
    /// the sharp Laplace peaks are drawn at their true height.
    @discardableResult
    static func drawTruth(
        _ target: LaplaceMixtureTarget, on axes: Axes, over range: ClosedRange<Double>,
        label: String = "true density p(x)"
    ) throws -> LineArtist {
        let xs = grid(over: range, including: target.kinks)
        return try axes.plot(
            xs, xs.map(target.mixture.densityFunction), color: GalleryStyle.truth.color,
            lineWidth: GalleryStyle.truth.lineWidth, label: label)
    }

    /// `points` evenly spaced values over `range` with `extra` values inside it merged in, sorted.
    static func grid(over range: ClosedRange<Double>, including extra: [Double], points: Int = 1500) -> [Double] {
        let step = (range.upperBound - range.lowerBound) / Double(points - 1)
        let even = (0..<points).map { range.lowerBound + Double($0) * step }
        return (even + extra.filter(range.contains)).sorted()
    }
}
