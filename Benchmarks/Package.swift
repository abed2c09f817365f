// swift-tools-version: 6.1
// Benchmarks for VIPlot, kept out of the root package so that `swift test` there never builds them.
// Run from this folder: `swift package benchmark` (ordo-one/benchmark) or `./compare.sh` (against the Python peers).
import PackageDescription

let package = Package(
    name: "VIPlotBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "VIPlot", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Data recipes, timing and argument helpers shared by the benchmarks and the whole-process programs.
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "Stats", package: "VIPlot"), .product(name: "Plot", package: "VIPlot")]
        ),
        // `notebook-figure OUT.png|OUT.pdf`: the notebook's four distplots, as seed_figure.py.
        .executableTarget(
            name: "notebook-figure",
            dependencies: ["BenchmarkSupport", .product(name: "Stats", package: "VIPlot")]
        ),
        // `distplot-n N OUT.png [--no-rug]`: histplot + KDE + rug of N mixture points, as distplot_n.py.
        .executableTarget(
            name: "distplot-n",
            dependencies: ["BenchmarkSupport"]
        ),
        // `scatter-n N OUT.png|OUT.pdf`: a scatter of N normal points, as Peers/scatter_n.py.
        .executableTarget(
            name: "scatter-n",
            dependencies: [
                "BenchmarkSupport", .product(name: "Plot", package: "VIPlot"), .product(name: "Stats", package: "VIPlot"),
            ]
        ),
        // `stats-n N [R]`: in-process timings of bins, counts and KDE, as stats_n.py (JSON on stdout).
        .executableTarget(
            name: "stats-n",
            dependencies: ["BenchmarkSupport", .product(name: "Stats", package: "VIPlot")]
        ),
        // `vi-fits [STEPS] [SAMPLES] [R]`: in-process timings of SVI, the exact fit and multistart.
        .executableTarget(
            name: "vi-fits",
            dependencies: ["BenchmarkSupport", .product(name: "VI", package: "VIPlot")]
        ),
        // The ordo-one/benchmark suites (sources under Benchmarks/, as the plugin expects).
        benchmarkSuite("StatsBenchmarks", ["BenchmarkSupport", .product(name: "Stats", package: "VIPlot")]),
        benchmarkSuite("PlotBenchmarks", ["BenchmarkSupport", .product(name: "Plot", package: "VIPlot")]),
        benchmarkSuite("GalleryBenchmarks", ["BenchmarkSupport"]),
        benchmarkSuite("VIBenchmarks", [.product(name: "VI", package: "VIPlot")]),
    ],
    swiftLanguageModes: [.v6]
)

/// An ordo-one/benchmark suite: sources under Benchmarks/NAME, as the plugin expects.
func benchmarkSuite(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name,
        dependencies: dependencies + [.product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
