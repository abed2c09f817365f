import Foundation
import Testing
import TestSupport
@testable import Plot

/// Colorbar boxes and ticks against matplotlib's `fig.colorbar(…, ax=ax)`
/// (colorbars.json, written by Fixtures/generate_colorbar_fixtures.py).
@Suite struct ColorbarLayoutTests {
    struct Fixture: Decodable {
        struct Case: Decodable, CustomTestStringConvertible {
            let name: String
            let size: [Double]
            let vmin: Double
            let vmax: Double
            let label: String
            let axes: [Double]
            let colorbar: [Double]
            let ticks: [Double]
            let labels: [String]
            var testDescription: String { name }
        }
        let cases: [Case]
    }

    static let cases = FixtureFile.load("colorbars.json", as: Fixture.self, from: .module).cases

    @Test(arguments: cases)
    func boxesAndTicksMatchMatplotlib(_ expected: Fixture.Case) throws {
        let figure = Figure(width: expected.size[0], height: expected.size[1])
        let axes = figure.addAxes()
        let mapping = try ScalarMapping(colormap: .viridis, norm: try Normalize(vmin: expected.vmin, vmax: expected.vmax))
        let bar = try figure.colorbar(mapping, for: axes, label: expected.label)
        let (width, height) = (expected.size[0] * figure.dpi, expected.size[1] * figure.dpi)
        for (ours, theirs) in [(axes.box(canvasWidth: width, canvasHeight: height), expected.axes),
                               (bar.box(canvasWidth: width, canvasHeight: height), expected.colorbar)] {
            let values = [ours.minX, ours.minY, ours.maxX, ours.maxY]
            #expect(largestDifference(values, theirs) <= 0.5, "\(values) vs \(theirs)")
        }
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        let barBox = bar.box(canvasWidth: width, canvasHeight: height)
        let tickLabels = recorder.texts.filter { $0.origin.x > barBox.maxX && $0.rotation == 0 }.map(\.text)
        #expect(tickLabels == expected.labels)
        if !expected.label.isEmpty {
            #expect(recorder.texts.contains { $0.text == expected.label && $0.rotation == 90 && $0.origin.x > barBox.maxX })
        }
    }

    @Test func theStripHasOneCellPerColourOnWholePixels() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        let mapping = try ScalarMapping(colormap: .magma, norm: try Normalize(vmin: 0, vmax: 1))
        try figure.colorbar(mapping, for: axes)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        let cells = recorder.paths.filter { call in Colormap.magma.colors.contains { $0 == call.fill } }
        #expect(cells.count >= 250, "cells thinner than a pixel may vanish, as in matplotlib's mesh")
        #expect(cells.allSatisfy { $0.path.vertices.allSatisfy { $0.x == $0.x.rounded() && $0.y == $0.y.rounded() } })
    }

    @Test func badSettingsAndConstrainedLayoutAreRefused() throws {
        let figure = Figure()
        let axes = figure.addAxes()
        let mapping = try ScalarMapping(colormap: .viridis, norm: try Normalize(vmin: 0, vmax: 1))
        #expect(throws: PlotError.self) { try figure.colorbar(mapping, for: axes, fraction: 0.9, pad: 0.2) }
        #expect(throws: PlotError.self) { try ScalarMapping(colormap: .viridis, norm: try Normalize()) }
        figure.layout = .constrained(ConstrainedLayout())
        #expect(throws: PlotError.self) { try figure.colorbar(mapping, for: axes) }
    }
}
