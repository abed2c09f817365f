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
        struct Extended: Decodable, CustomTestStringConvertible {
            struct Patch: Decodable {
                let vertices: [[Double]]
                let color: [Double]
            }
            let extend: String
            let colorbar: [Double]
            let outline: [[Double]]
            let patches: [Patch]
            var testDescription: String { extend }
        }
        let cases: [Case]
        let extends: [Extended]
    }

    static let fixture = FixtureFile.load("colorbars.json", as: Fixture.self, from: .module)
    static let cases = fixture.cases
    static let extends = fixture.extends

    @Test(arguments: extends)
    func extendedEndsMatchMatplotlib(_ expected: Fixture.Extended) throws {
        let extend = try #require(ColorbarExtend(rawValue: expected.extend))
        let figure = Figure()
        let axes = figure.addAxes()
        let mapping = try ScalarMapping(colormap: .viridis, norm: try Normalize(vmin: 0, vmax: 1))
        let bar = try figure.colorbar(mapping, for: axes, extend: extend)
        let box = bar.box(canvasWidth: 640, canvasHeight: 480)
        #expect(largestDifference([box.minX, box.minY, box.maxX, box.maxY], expected.colorbar) <= 0.5)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.draw(with: recorder)
        // The outline: matplotlib's polygon, its closing vertex dropped.
        let outline = try #require(recorder.paths.first { $0.fill == nil && $0.path.vertices.count == 6 })
        let theirs = expected.outline.dropLast()
        #expect(largestDifference(outline.path.vertices.flatMap { [$0.x, $0.y] }, theirs.flatMap { $0 }) <= 0.5)
        for patch in expected.patches {
            let color = Color(red: patch.color[0], green: patch.color[1], blue: patch.color[2], alpha: patch.color[3])
            let triangle = try #require(recorder.paths.first { $0.fill == color && $0.path.vertices.count == 3 })
            #expect(largestDifference(triangle.path.vertices.flatMap { [$0.x, $0.y] }, patch.vertices.flatMap { $0 }) <= 0.5)
        }
    }

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
