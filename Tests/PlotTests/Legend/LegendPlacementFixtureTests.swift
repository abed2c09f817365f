import Foundation
import TestSupport
import Testing
@testable import Plot

/// Legends with `ncol`, every `loc`, titles, `bbox_to_anchor` outside the
/// axes, `mode="expand"`, `frameon=False` and figure legends (one outside
/// under constrained layout), against matplotlib 3.11.2
/// (`legend_placement.json`): the frame, each label's box and origin, each
/// line handle's ends, within half a pixel.
@Suite struct LegendPlacementFixtureTests {
    enum Records {
        struct Expected: Decodable {
            let axes: [Double]
            let legend: Legend?
        }

        struct Legend: Decodable {
            struct Entry: Decodable {
                struct Handle: Decodable { let start: [Double]; let end: [Double] }
                let text: String
                let extent: [Double]
                let origin: [Double]
                let handle: Handle
            }

            let extent: [Double]
            let entries: [Entry]
        }
    }

    static let fixture = LayoutFixture<Records.Expected>.load("legend_placement.json")

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func legendMatchesMatplotlib(_ name: String) throws {
        let testCase = try Self.fixture.named(name)
        let expected = try #require(testCase.expected.legend)
        let (figure, grid) = try testCase.spec.build()
        let axes = try #require(grid.first)
        let recorder = try RecordingRenderer(dpi: figure.dpi)
        figure.applyLayout(measurer: recorder)
        let size = figure.pixelSize
        let (width, height) = (Double(size.width), Double(size.height))
        let transform = axes.transform(canvasWidth: width, canvasHeight: height)
        let (_, placement) = try #require(
            testCase.spec.figure_legend == nil
                ? axes.legendPlacement(transform: transform, measurer: recorder)
                : figure.legendPlacement(measurer: recorder, canvasWidth: width, canvasHeight: height))
        let frame = placement.frame
        let box = transform.box
        #expect(largestDifference([box.minX, box.minY, box.maxX, box.maxY], testCase.expected.axes) <= 0.5,
                "\(name) axes box \(box) vs \(testCase.expected.axes)")
        func close(_ ours: [Double], _ theirs: [Double], _ what: String) {
            let worst = largestDifference(ours, theirs)
            #expect(worst <= 0.5, "\(name) \(what): \(ours) vs matplotlib \(theirs)")
        }
        close([frame.minX, frame.minY, frame.maxX, frame.maxY], expected.extent, "frame")
        #expect(placement.layout.rows.count == expected.entries.count)
        for (row, entry) in zip(placement.layout.rows, expected.entries) {
            close([frame.minX + row.labelOrigin.x, frame.minY + row.labelOrigin.y], entry.origin, "\(entry.text) origin")
            let handleY = frame.minY + row.lineY
            close([frame.minX + row.handle.minX, handleY, frame.minX + row.handle.maxX, handleY],
                  entry.handle.start + entry.handle.end, "\(entry.text) handle")
        }
    }
}
