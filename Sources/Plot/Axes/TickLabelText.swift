import Foundation

/// Measures and draws a tick label: plain text as it is, a power of ten as
/// matplotlib's mathtext lays out `$\mathdefault{2\times10^{-1}}$` (body at
/// full size, the exponent smaller and raised; see ``MathtextScriptMetrics``).
struct TickLabelText {
    let label: TickLabel
    let style: TextStyle

    /// The extent of the whole label, for alignment.
    func extent(with renderer: any TextMeasurer) -> TextExtent {
        switch label {
        case .plain(let text):
            return renderer.measureText(text, style: style)
        case .power:
            let runs = layout(with: renderer)
            let line = renderer.measureText("lp", style: style)
            guard let exponent = runs.last else { return line }
            let exponentExtent = renderer.measureText(exponent.text, style: exponent.style)
            let width = exponent.offset + exponentExtent.width
                + renderer.pixels(fromPoints: MathtextScriptMetrics.trailingScriptSpace * style.size)
            // The raised exponent sets the top of the box, as in mathtext.
            return TextExtent(
                width: width, ascent: max(line.ascent, exponent.rise + exponentExtent.ascent), descent: line.descent)
        }
    }

    /// Draws the label with its baseline starting at `origin`, rotated by
    /// `rotation` degrees counter-clockwise about it.
    func draw(with renderer: any Renderer, at origin: Point, rotation: Double = 0) {
        switch label {
        case .plain(let text):
            renderer.drawText(text, at: origin, style: style, rotation: rotation)
        case .power:
            let radians = rotation * .pi / 180
            let (cosine, sine) = (cos(radians), sin(radians))
            for run in layout(with: renderer) {
                // The run's offset along the baseline and its rise, turned with the label.
                let start = Point(
                    origin.x + run.offset * cosine - run.rise * sine, origin.y - run.offset * sine - run.rise * cosine)
                renderer.drawText(run.text, at: start, style: run.style, rotation: rotation)
            }
        }
    }

    /// The pieces of a power label: text, horizontal offset and rise in
    /// device units from the label's origin.
    private func layout(with renderer: any TextMeasurer) -> [(text: String, style: TextStyle, offset: Double, rise: Double)] {
        guard case .power(let power) = label else { return [] }
        let size = style.size
        func points(_ fraction: Double) -> Double { renderer.pixels(fromPoints: fraction * size) }
        var runs: [(text: String, style: TextStyle, offset: Double, rise: Double)] = []
        var cursor = 0.0
        func append(_ text: String, style runStyle: TextStyle, rise: Double = 0) {
            runs.append((text, runStyle, cursor, rise))
            cursor += renderer.measureText(text, style: runStyle).width
        }
        if let coefficient = power.coefficient {
            append(coefficient, style: style)
            cursor += points(MathtextScriptMetrics.binaryOperatorSpace)
            append("×", style: style)
            cursor += points(MathtextScriptMetrics.binaryOperatorSpace)
        }
        append("10", style: style)
        cursor += points(MathtextScriptMetrics.superscriptKern)
        var script = style
        script.size = size * MathtextScriptMetrics.scriptScale
        append(power.superscript, style: script, rise: points(MathtextScriptMetrics.superscriptRise))
        return runs
    }
}
