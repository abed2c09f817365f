import Foundation
import Testing
import Plot
import Stats

/// The "Use it from Swift" example of README.md, kept compiling and working.
@Suite struct ReadmeExampleTests {
    @Test func readmeExampleRendersAPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("viplot-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // --- README example, verbatim but for the output folder ---
        let notebook = try NotebookData.generate()

        let figure = Figure(width: 14, height: 10)
        let axes = figure.addAxes()
        for component in notebook.components {
            try axes.distplot(component.values, bins: .rule(.auto), rug: true,
                              kdeStyle: CurveStyle(lineWidth: 4))
        }
        let mixture = notebook.components
        try axes.density({ x in
            mixture.map { exp(-abs(x - $0.mean) / $0.scale) / (2 * $0.scale) }.reduce(0, +) / 4
        }, style: CurveStyle(color: .black, lineWidth: 1.5, dashes: [4, 2]), label: "true density")
        axes.showLegend()
        try figure.save(to: folder.appendingPathComponent("components.pdf"))
        // --- end of example ---

        let bytes = try Data(contentsOf: folder.appendingPathComponent("components.pdf"))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(axes.artists.count == 4 * 4 + 1)  // per distplot: scout point, bars, KDE, rug; + density
    }
}
