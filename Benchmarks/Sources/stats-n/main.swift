// In-process timings (median of R runs) of the distplot numerics on N mixture
// points: the Swift side of /work/shared/peers/stats_n.py, with the same keys.
//
//   stats-n N [R=5] [--kde-runs K]      -> one JSON line on standard output
//   (K = 0 skips the exact KDE and the error check, which take minutes at 1e7 points)
//
// bin_edges_auto_s     HistogramBins.edges(.rule(.auto))           np.histogram_bin_edges(x, "auto")
// histogram_s          Histogram(bins: .edges(edges))              np.histogram(x, edges)
// histogram_uniform_s  Histogram(bins: .count(k), range: e0...ek)  np.histogram(x, k, (e0, ek))
// histogram_auto_s     Histogram(bins: .rule(.auto))               np.histogram(x, "auto")
// kde_exact200_s       fit + seaborn grid + exact sum              scipy gaussian_kde on the 200-pt grid
// kde_binned200_s      fit + seaborn grid + binned sum             KDEpy FFTKDE + np.interp
// kde_binned_maxerr_frac  max |binned − exact| / max(exact)
import BenchmarkSupport
import Foundation
import Stats

BenchmarkProgram.run { arguments in
    let usage = "stats-n N [R=5] [--kde-runs K]"
    var positional: [String] = []
    var kdeRunsText: String?
    var index = 0
    while index < arguments.count {
        if arguments[index] == "--kde-runs", index + 1 < arguments.count {
            kdeRunsText = arguments[index + 1]
            index += 2
        } else if arguments[index].hasPrefix("--") {
            throw BenchmarkArgumentError.usage(usage)
        } else {
            positional.append(arguments[index])
            index += 1
        }
    }
    guard (1...2).contains(positional.count) else { throw BenchmarkArgumentError.usage(usage) }
    let count = try PointCount.parse(positional[0])
    let runs = try positional.count > 1 ? PointCount.parse(positional[1]) : 5
    let kdeRuns = try kdeRunsText.map { text throws(BenchmarkArgumentError) in
        text == "0" ? 0 : try PointCount.parse(text)
    } ?? runs

    let values = try MixtureSample.values(count: count)
    var report = TimingReport(script: "stats-n")
    report.record(count, as: "n")
    report.record(runs, as: "runs")

    let (edgesSeconds, edges) = try Stopwatch.median(runs: runs) { try HistogramBins.edges(for: values, bins: .rule(.auto)) }
    report.record(edgesSeconds, as: "bin_edges_auto_s")
    report.record(edges.count - 1, as: "n_bins")
    report.record(try Stopwatch.median(runs: runs) { try Histogram(data: values, bins: .edges(edges)) }.seconds, as: "histogram_s")
    if let first = edges.first, let last = edges.last {
        let uniform = try Stopwatch.median(runs: runs) { try Histogram(data: values, bins: .count(edges.count - 1), range: first...last) }
        report.record(uniform.seconds, as: "histogram_uniform_s")
    }
    report.record(try Stopwatch.median(runs: runs) { try Histogram(data: values, bins: .rule(.auto)) }.seconds, as: "histogram_auto_s")

    // What seaborn's KDE does: fit (Scott), the 200-point grid with cut 3, evaluate.
    func kde(_ method: KDEMethod) throws -> [Double] {
        let fit = try GaussianKDE(data: values)
        return fit.density(at: try fit.supportGrid(cut: 3, gridsize: 200), method: method)
    }
    let (binnedSeconds, binned) = try Stopwatch.median(runs: runs) { try kde(.binned) }
    report.record(binnedSeconds, as: "kde_binned200_s")
    report.record(kdeRuns, as: "kde_runs")
    if kdeRuns > 0 {
        let (exactSeconds, exact) = try Stopwatch.median(runs: kdeRuns) { try kde(.exact) }
        report.record(exactSeconds, as: "kde_exact200_s")
        let peak = exact.max() ?? 0
        let worst = zip(binned, exact).map { abs($0 - $1) }.max() ?? 0
        report.record(worst / peak, as: "kde_binned_maxerr_frac")
    }
    print(report.json)
}
