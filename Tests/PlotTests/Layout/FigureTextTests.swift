import Testing
@testable import Plot

/// Figure-level text against matplotlib 3.11.2's boxes on a 6.4×4.8 figure:
/// `fig.suptitle("Overview")` and `fig.text(0.5, 0.02, "a caption", ha="center")`.
@Suite struct FigureTextTests {
    @Test func suptitleAndCaptionBoxes() throws {
        let figure = Figure()
        figure.addAxes()
        figure.title = "Overview"
        figure.addText("a caption", x: 0.5, y: 0.02, alignment: TextAlignment(.center, .baseline))
        let recorder = try RecordingRenderer(dpi: 100)
        figure.draw(with: recorder)
        let boxes = Dictionary(recorder.texts.map { ($0.text, $0.bounds) }, uniquingKeysWith: { first, _ in first })
        let expected: [String: [Double]] = [
            "Overview": [280.5, 9.6, 359.5, 26.60390625],
            "a caption": [287.0, 459.4, 353.0, 473.73658854166666],
        ]
        for (text, theirs) in expected {
            let ours = try #require(boxes[text])
            let sides = [ours.minX, ours.minY, ours.maxX, ours.maxY]
            #expect(zip(sides, theirs).allSatisfy { abs($0 - $1) < 1.0 }, "\(text): \(sides) vs \(theirs)")
        }
    }
}
