import Testing
@testable import Plot

/// The axes box in pixels, as matplotlib places it (spec §5).
@Suite struct AxesLayoutTests {
    @Test func defaultFigureBox() {
        let figure = Figure()
        let axes = figure.addAxes()
        #expect(figure.pixelSize == (640, 480))
        let box = axes.box(canvasWidth: 640, canvasHeight: 480)
        #expect(abs(box.minX - 80) < 1e-9)
        #expect(abs(box.maxX - 576) < 1e-9)
        #expect(abs(box.minY - 57.6) < 1e-9)
        #expect(abs(box.maxY - 427.2) < 1e-9)
    }

    @Test func notebookFigureBox() {
        let figure = Figure(width: 14, height: 10)
        let axes = figure.addAxes()
        #expect(figure.pixelSize == (1400, 1000))
        let box = axes.box(canvasWidth: 1400, canvasHeight: 1000)
        #expect(abs(box.minX - 175) < 1e-9)
        #expect(abs(box.maxX - 1260) < 1e-9)
        #expect(abs(box.minY - 120) < 1e-9)
        #expect(abs(box.maxY - 890) < 1e-9)
    }

    /// matplotlib's `plt.subplots(2, 2)` on a 6.4×4.8 figure: each axes is
    /// (0.775 / 2.2) wide and (0.77 / 2.2) tall, spaced by 0.2 of that.
    @Test func subplotGrid() throws {
        let figure = Figure()
        let grid = try figure.subplots(rows: 2, columns: 2)
        let width = 0.775 / 2.2, height = 0.77 / 2.2
        #expect(abs(grid[0][0].position.left - 0.125) < 1e-12)
        #expect(abs(grid[0][1].position.left - (0.125 + 1.2 * width)) < 1e-12)
        #expect(abs(grid[0][0].position.bottom - (0.88 - height)) < 1e-12)
        #expect(abs(grid[1][0].position.bottom - 0.11) < 1e-12)
        #expect(abs(grid[1][1].position.width - width) < 1e-12)
        #expect(figure.axes.count == 4)
    }

    @Test func autoscaleAddsMarginsButNotAcrossStickyEdges() throws {
        let axes = Figure().addAxes()
        try axes.bar(edges: [0, 1, 2], heights: [2, 4])
        let limits = axes.resolvedLimits()
        #expect(limits.x == -0.1...2.1)
        #expect(limits.y.lowerBound == 0)
        #expect(abs(limits.y.upperBound - 4.2) < 1e-12)
    }

    @Test func singularDataIsWidened() throws {
        let axes = Figure().addAxes()
        try axes.plot([3, 3], [0, 0])
        let limits = axes.resolvedLimits()
        #expect(limits.x.lowerBound < 3 && limits.x.upperBound > 3)
        #expect(limits.y.lowerBound < 0 && limits.y.upperBound > 0)
    }
}
