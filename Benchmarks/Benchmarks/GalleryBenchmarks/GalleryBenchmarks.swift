// The whole gallery as a user runs it: `vi-gallery all --output DIR` (every figure
// as PNG and PDF) timed as a process, with the process's peak memory.
//
// vi-gallery is the root package's program; build it first in this package's
// release folder, then run the suite:
//
//   swift build -c release --product vi-gallery
//   swift package benchmark --target GalleryBenchmarks
import Benchmark
import BenchmarkSupport
import Foundation

let benchmarks: @Sendable () -> Void = {
    let gallery = GalleryProgram.releaseBuild
    guard FileManager.default.isExecutableFile(atPath: gallery.path) else {
        FileHandle.standardError.write(Data(
            "GalleryBenchmarks: no \(gallery.path); build it with `swift build -c release --product vi-gallery`\n".utf8))
        return
    }
    Benchmark(
        "vi-gallery all (PNG + PDF), process",
        configuration: .init(
            metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 10)
    ) { benchmark, output in
        for _ in benchmark.scaledIterations {
            blackHole(try GalleryProgram.run(gallery, arguments: ["all", "--output", output.path]))
        }
    } setup: {
        FileManager.default.temporaryDirectory.appendingPathComponent("viplot-gallery-benchmark")
    }
}
