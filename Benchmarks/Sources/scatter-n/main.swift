// One scatter of N standard-normal points (RandomState(0): x then y), s=4, alpha=0.5, on a
// 6.4×4.8 in figure, saved as PNG or PDF: the Swift side of Peers/scatter_n.py.
//
//   scatter-n N OUT.png|OUT.pdf     -> one JSON line of timings on standard error
import BenchmarkSupport
import Foundation
import Plot
import Stats

BenchmarkProgram.run { arguments in
    let usage = "scatter-n N OUT.png|OUT.pdf"
    guard arguments.count == 2 else { throw BenchmarkArgumentError.usage(usage) }
    let count = try PointCount.parse(arguments[0])
    let output = URL(fileURLWithPath: arguments[1])

    let watch = Stopwatch()
    var state = RandomState(seed: 0)
    let x = try state.standardNormal(count: count)
    let y = try state.standardNormal(count: count)
    let generated = watch.elapsed
    let figure = Figure(width: 6.4, height: 4.8)
    try figure.addAxes().scatter(x, y, sizes: [4], alpha: 0.5)
    let built = watch.elapsed
    try figure.save(to: output)
    let total = watch.elapsed

    TimingReport.figurePhases(
        script: "scatter-n", count: count, output: output.path, generated: generated, built: built, total: total
    ).write(to: .standardError)
}
