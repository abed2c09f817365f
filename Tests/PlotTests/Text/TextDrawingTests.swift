import Testing
@testable import Plot

/// Drawn text covers the box it is measured to have: Cairo draws the hinted
/// glyphs at matplotlib's positions, not at its own advances.
@Suite struct TextDrawingTests {
    /// The rows and columns holding ink (any pixel darker than the white canvas).
    static func inkBounds(_ renderer: CairoRenderer, width: Int, height: Int) -> (left: Int, top: Int, right: Int, bottom: Int)? {
        var bounds: (left: Int, top: Int, right: Int, bottom: Int)?
        for y in 0..<height {
            for x in 0..<width {
                guard let pixel = renderer.rgbaPixel(x: x, y: y), pixel.red < 0.98 else { continue }
                bounds = bounds.map { (min($0.left, x), min($0.top, y), max($0.right, x), max($0.bottom, y)) }
                    ?? (x, y, x, y)
            }
        }
        return bounds
    }

    @Test(arguments: [(10.0, 100.0), (12.0, 100.0), (9.6, 200.0)])
    func inkFillsTheMeasuredBox(size: Double, dpi: Double) throws {
        let (width, height) = (400, 120)
        let renderer = try CairoRenderer(format: .png, widthPixels: width, heightPixels: height, dpi: dpi)
        renderer.drawPath(Path(rect: Rect(x: 0, y: 0, width: Double(width), height: Double(height))),
                          fill: .white, stroke: nil, clip: nil, snap: false)
        let text = "HHHHHHHHHHjy"
        let style = TextStyle(size: size)
        let origin = Point(20, 80)
        renderer.drawText(text, at: origin, style: style, rotation: 0)
        let run = try FontCache.shared.layoutFont(.regular).glyphRun(text, points: size, dpi: dpi)
        let ink = try #require(Self.inkBounds(renderer, width: width, height: height))
        // Hinted outlines end on whole pixels above and below the baseline.
        #expect(abs(Double(ink.top) - (origin.y - run.inkTop)) <= 1)
        #expect(abs(Double(ink.bottom + 1) - (origin.y + run.inkBottom)) <= 1)
        // H starts and y ends within a couple of pixels of the pen positions.
        #expect(Double(ink.left) >= origin.x - 1 && Double(ink.left) <= origin.x + 3)
        #expect(Double(ink.right + 1) <= origin.x + run.advance + 2 && Double(ink.right + 1) >= origin.x + run.advance - 3)
    }
}
