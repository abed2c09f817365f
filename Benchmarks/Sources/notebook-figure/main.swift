// The notebook's figure, end to end, as /work/shared/peers/seed_figure.py times it:
// four distplots (auto bins, KDE with line width 4, rug) of the notebook's Laplace
// components on one 14×10 in axes, saved as PNG (100 dpi) or PDF.
//
//   notebook-figure OUT.png|OUT.pdf     -> one JSON line of timings on standard error
import BenchmarkSupport
import Foundation
import Stats

BenchmarkProgram.run { arguments in
    guard arguments.count == 1 else { throw BenchmarkArgumentError.usage("notebook-figure OUT.png|OUT.pdf") }
    let output = URL(fileURLWithPath: arguments[0])
    let watch = Stopwatch()
    let figure = try NotebookFigure.make(try NotebookData.generate())
    let built = watch.elapsed
    try figure.save(to: output)
    let total = watch.elapsed

    var report = TimingReport(script: "notebook-figure")
    report.record(text: output.path, as: "out")
    report.record(built, as: "build_s")
    report.record(total - built, as: "save_s")
    report.record(total, as: "total_inproc_s")
    report.write(to: .standardError)
}
