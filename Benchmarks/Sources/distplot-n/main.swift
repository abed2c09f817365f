// One histplot(stat: density, bins: auto, kde: true) and one rugplot of N mixture
// points on a 14×10 in figure, saved as PNG: the Swift side of
// /work/shared/peers/distplot_n.py, with the same calls (histplot + rugplot, not distplot).
//
//   distplot-n N OUT.png [--no-rug]     -> one JSON line of timings on standard error
import BenchmarkSupport
import Foundation

BenchmarkProgram.run { arguments in
    let usage = "distplot-n N OUT.png [--no-rug]"
    let positional = arguments.filter { !$0.hasPrefix("--") }
    let flags = Set(arguments.filter { $0.hasPrefix("--") })
    guard positional.count == 2, flags.isSubset(of: ["--no-rug"]) else { throw BenchmarkArgumentError.usage(usage) }
    let count = try PointCount.parse(positional[0])
    let output = URL(fileURLWithPath: positional[1])

    let watch = Stopwatch()
    let values = try MixtureSample.values(count: count)
    let generated = watch.elapsed
    let figure = try MixtureFigure.make(values, rug: !flags.contains("--no-rug"))
    let built = watch.elapsed
    try figure.save(to: output)
    let total = watch.elapsed

    TimingReport.figurePhases(
        script: "distplot-n", count: count, output: output.path, generated: generated, built: built, total: total
    ).write(to: .standardError)
}
