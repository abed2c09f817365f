import Foundation
import Testing
@testable import Plot

/// Where our power-of-ten tick labels land, against the pixel extents of
/// matplotlib's mathtext labels (ticks_log_layout.json) on a default figure
/// with a log x axis.
@Suite struct LogTickLabelPlacementTests {
    struct Layout: Decodable {
        struct Axis: Decodable { let values: [Double]; let display_positions: [Double]; let extents: [[Double]] }
        struct Case: Decodable { let requested: [Double]; let x: Axis }
        let label_extents: [Case]
    }

    @Test func xLabelsMatchMathtextBoxes() throws {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("ticks_log_layout.json")
        let layout = try JSONDecoder().decode(Layout.self, from: Data(contentsOf: url))
        let renderer = try RecordingRenderer(dpi: 100)
        let theme = Theme.matplotlib
        let style = TextStyle(size: theme.tickLabelSize)
        let box = Rect(x0: 80, y0: 57.6, x1: 576, y1: 427.2)
        let record = try #require(layout.label_extents.first)
        let transform = AxesTransform(
            box: box, xLimits: record.requested[0]...record.requested[1], yLimits: 0...1, xScale: .log)
        var axis = Axis(.x, theme: theme)
        axis.scale = .log
        let ticks = AxisTicks.resolve(for: axis, transform: transform, dpi: 100)
        #expect(ticks.values == record.x.values)
        for (mark, extent) in zip(ticks.major, record.x.extents) {
            let label = try #require(mark.label)
            let text = TickLabelText(label: label, style: style)
            let anchor = Point(transform.deviceX(mark.value), box.maxY + renderer.pixels(fromPoints: 7))
            let measured = text.extent(with: renderer)
            let origin = TextPlacement.origin(anchor: anchor, extent: measured, alignment: TextAlignment(.center, .top))
            let ours = TextPlacement.bounds(origin: origin, extent: measured)
            // matplotlib's boxes: display coordinates, y up from the bottom of the 480 px canvas.
            let theirs = Rect(x0: extent[0], y0: 480 - extent[3], x1: extent[2], y1: 480 - extent[1])
            for (a, b) in [(ours.minX, theirs.minX), (ours.maxX, theirs.maxX), (ours.minY, theirs.minY), (ours.maxY, theirs.maxY)] {
                #expect(abs(a - b) < 1.0, "label \(mark.value): \(ours) vs matplotlib \(theirs)")
            }
        }
    }
}
