// Builds and renders the notebook's figure (four distplots with KDE and rug,
// a density curve, a legend) COUNT times in one process, cycling PNG, PDF and
// SVG, and checks that resident memory stays flat: every Cairo surface,
// context, FreeType face and font option set must be released.
//
//   render-loop [COUNT] [LIMIT_MB]      (defaults: 1000 renders, 16 MB)
//
// Prints the resident memory after 10 % of the renders and at the end, and
// exits 1 if it grew by more than LIMIT_MB in between (2 on bad arguments).

import Foundation
import Plot
import Stats

/// Resident memory in bytes, from /proc/self/statm (Linux), or `nil`.
func residentBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// The README's figure, built from scratch.
func notebookFigure(_ notebook: NotebookData) throws -> Figure {
    let figure = Figure(width: 14, height: 10)
    let axes = figure.addAxes()
    for component in notebook.components {
        try axes.distplot(component.values, bins: .rule(.auto), rug: true, kdeStyle: CurveStyle(lineWidth: 4))
    }
    try axes.density({ x in
        notebook.components.map { exp(-abs(x - $0.mean) / $0.scale) / (2 * $0.scale) }.reduce(0, +) / 4
    }, style: CurveStyle(color: .black, lineWidth: 1.5, dashes: [4, 2]), label: "true density")
    axes.showLegend()
    return figure
}

let arguments = CommandLine.arguments.dropFirst()
guard let count = Int(arguments.first ?? "1000"), count >= 10,
    let limit = Int(arguments.dropFirst().first ?? "16"), limit > 0
else {
    FileHandle.standardError.write(Data("usage: render-loop [COUNT ≥ 10] [LIMIT_MB > 0]\n".utf8))
    exit(2)
}
guard residentBytes() != nil else {
    FileHandle.standardError.write(Data("render-loop: /proc/self/statm is unavailable; cannot measure memory\n".utf8))
    exit(2)
}

do {
    let notebook = try NotebookData.generate()
    let formats = OutputFormat.allCases
    var baseline = 0
    var bytesWritten = 0
    let started = ContinuousClock.now
    for index in 0..<count {
        let figure = try notebookFigure(notebook)
        bytesWritten += try figure.encoded(as: formats[index % formats.count]).count
        if index + 1 == count / 10 { baseline = residentBytes() ?? 0 }
    }
    let final = residentBytes() ?? 0
    let growth = Double(final - baseline) / Double(1 << 20)
    let seconds = (ContinuousClock.now - started) / .seconds(1)
    print(String(
        format: "render-loop: %d renders (png, pdf, svg) in %.1f s, %.0f MB encoded; resident %.1f MB after %d, %.1f MB after %d (growth %.1f MB, limit %d MB)",
        count, seconds, Double(bytesWritten) / Double(1 << 20), Double(baseline) / Double(1 << 20), count / 10,
        Double(final) / Double(1 << 20), count, growth, limit))
    exit(growth > Double(limit) ? 1 : 0)
} catch {
    FileHandle.standardError.write(Data("render-loop: \(error)\n".utf8))
    exit(1)
}
