import Foundation
import Plot

/// Text whose symbols DejaVu Sans lacks (⟂ ⦵ ⨉ ⨆ ⌒ ℊ in the regular face,
/// ⦶ ⟈ in bold, ℊ Ⓐ in oblique), drawn from STIX General: in the title,
/// both axis labels (one rotated), the legend and bold and oblique text;
/// `fallback_symbols` in reference/issue13_fonts.py.
enum FallbackSymbols {
    @Sendable static func render(_ output: URL) throws {
        let x = numpyLinspace(0, 1, count: 50)
        let figure = Figure(width: 5, height: 3.5)
        figure.layout = .constrained
        let axes = figure.addAxes()
        try axes.plot(x, x.map { $0 * $0 }, label: "u \u{27C2} v")
        try axes.plot(x, x.map { 1 - $0 }, label: "x \u{29B5} y")
        axes.title = "Symbols from STIX: \u{27C2} \u{29B5} \u{2A09} \u{2A06} \u{2312} \u{210A}"
        axes.xLabel = "\u{210A}-scaled time \u{2A09} 10"
        axes.yLabel = "\u{2A06} response"
        axes.text("bold: x \u{29B6} y, A\u{27C8}V", x: 0.05, y: 0.55, weight: .bold,
                  xSpace: .axesFraction, ySpace: .axesFraction)
        axes.text("oblique: \u{210A} \u{24B6}", x: 0.05, y: 0.4, weight: .oblique,
                  xSpace: .axesFraction, ySpace: .axesFraction)
        axes.showLegend(location: .upperCenter)
        try figure.save(to: output)
    }
}
