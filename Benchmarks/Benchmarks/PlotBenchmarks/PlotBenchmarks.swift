// Figures end to end, in process: the notebook's figure (four distplots with
// rug on 14×10 in) encoded as PNG and PDF, and a histplot + KDE + rug of 1e6
// mixture points encoded as PNG. Each iteration builds the figure from the data
// and encodes it in memory (no file is written).
//
//   swift package benchmark --target PlotBenchmarks
import Benchmark
import BenchmarkSupport
import Plot
import Stats

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 30)

    for format in [OutputFormat.png, .pdf] {
        Benchmark("notebook figure \(format.fileExtension.uppercased())") { benchmark, notebook in
            for _ in benchmark.scaledIterations {
                blackHole(try NotebookFigure.encoded(notebook, as: format))
            }
        } setup: {
            try NotebookData.generate()
        }
    }

    for count in [10_000, 100_000, 1_000_000] {
        Benchmark("histplot + KDE + rug PNG \(SizeLabel(count))") { benchmark, values in
            for _ in benchmark.scaledIterations {
                blackHole(try MixtureFigure.encoded(values, rug: true, as: .png))
            }
        } setup: {
            try MixtureSample.values(count: count)
        }
    }
}
