// The numerics behind a distplot, at growing sizes: numpy's `auto` bin edges
// and counts (1e4–1e7 points) and the Gaussian KDE on seaborn's 200-point grid,
// exact and binned (1e3–1e6 points). Data: MixtureSample (means −4, 0, 3),
// generated in setup, outside the measurement.
//
//   swift package benchmark --target StatsBenchmarks
import Benchmark
import BenchmarkSupport
import Stats

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(2),
        maxIterations: 50)

    for count in [10_000, 100_000, 1_000_000, 10_000_000] {
        let size = SizeLabel(count)
        Benchmark("auto edges \(size)") { benchmark, values in
            for _ in benchmark.scaledIterations {
                blackHole(try HistogramBins.edges(for: values, bins: .rule(.auto)))
            }
        } setup: {
            try MixtureSample.values(count: count)
        }
        Benchmark("auto edges + counts \(size)") { benchmark, values in
            for _ in benchmark.scaledIterations {
                blackHole(try Histogram(data: values, bins: .rule(.auto)))
            }
        } setup: {
            try MixtureSample.values(count: count)
        }
    }

    // The exact sum costs n × 200 kernel terms: a single timed run at 1e6 points (~1–4 s).
    for count in [1_000, 10_000, 100_000, 1_000_000] {
        let size = SizeLabel(count)
        let exactRuns = count >= 1_000_000 ? Benchmark.Configuration(warmupIterations: 0, maxIterations: 1)
            : count >= 100_000 ? Benchmark.Configuration(warmupIterations: 0, maxIterations: 3)
            : Benchmark.defaultConfiguration
        for (method, name, configuration) in [
            (KDEMethod.exact, "exact", exactRuns), (KDEMethod.binned, "binned", Benchmark.defaultConfiguration),
        ] {
            Benchmark("KDE \(name) 200 pts \(size)", configuration: configuration) { benchmark, values in
                for _ in benchmark.scaledIterations {
                    let kde = try GaussianKDE(data: values)
                    blackHole(kde.density(at: try kde.supportGrid(), method: method))
                }
            } setup: {
                try MixtureSample.values(count: count)
            }
        }
    }
}
