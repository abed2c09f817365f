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

    @Test func readmeMultiPanelExampleRendersAPNG() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("viplot-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // --- README example, verbatim but for the output folder ---
        let panels = Figure(width: 8, height: 6)
        panels.layout = .constrained
        let grid = try panels.subplots(rows: 2, columns: 2, sharex: .all, sharey: .row)
        let x = (0..<200).map { Double($0) / 20 }
        for (k, axes) in grid.flatMap({ $0 }).enumerated() {
            try axes.plot(x, x.map { sin($0 + Double(k)) * Double(k + 1) }, label: "series \(k)")
            axes.title = "panel \(k + 1)"
            axes.text("(\(["a", "b", "c", "d"][k]))", x: 0.02, y: 0.95, weight: .bold,
                      alignment: TextAlignment(.left, .top), xSpace: .axesFraction, ySpace: .axesFraction)
            axes.grid(alpha: 0.3)
            axes.yAxis.minor = Ticker(locator: try AutoMinorLocator())       // ax.yaxis.set_minor_locator(...)
        }
        grid[1][0].xLabel = "time [s]"; grid[1][1].xLabel = "time [s]"
        try grid[1][1].setXTicks([0, 2.5, 5, 7.5, 10], labels: ["0", "2.5", "5", "7.5", "ten"])
        grid[0][1].showLegend(LegendOptions(location: .upperLeft, anchor: .point(x: 1.02, y: 1), title: "curves"))
        grid[1][1].tickParams(direction: .in, top: true, right: true)
        panels.title = "Four panels, shared axes, constrained layout"
        try panels.save(to: folder.appendingPathComponent("panels.png"), bounds: .tight)   // bbox_inches="tight"
        // --- end of example ---

        let bytes = try Data(contentsOf: folder.appendingPathComponent("panels.png"))
        let size = try #require(PNGHeader(Array(bytes)))
        // The legend outside the top-right panel widens the tight canvas beyond the 800 px figure.
        #expect(size.width > 800)
        #expect(panels.drawWarnings.isEmpty)
    }

    @Test func readmeMarksExampleDraws() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        let x = (0..<10).map(Double.init), y = x.map { $0 / 2 }, y2 = x.map { $0.squareRoot() }
        let (xb, yb, eb) = ([1.0, 2, 3], [2.0, 3, 2.5], [0.3, 0.2, 0.4])
        let z = x.map { $0 * $0 }

        // --- README example, verbatim ---
        try axes.plot(x, y, format: "s--", markerFaceColor: .clear, label: "s--")
        try axes.step(x, y2, where: .stepsMid, label: "step mid")
        try axes.errorbar(xb, yb, yError: .symmetric(eb), format: "o", color: try Color(matplotlib: "C1"), capsize: 3)
        let points = try axes.scatter(x, y, sizes: [20], values: z, colormap: .magma)
        try figure.colorbar(points, for: axes, label: "radius")
        // --- end of example ---

        #expect(figure.axes.count == 2)
        #expect(try figure.encoded(as: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
