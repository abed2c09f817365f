import Foundation
import Plot
import Stats
import Testing

/// Data whose range overflows a double, drawn by the parts of `distplot`
/// that do not bin them: the curve is skipped with a reason, the rug and
/// axes still render to every format without a non-finite coordinate.
@Suite struct BadInputExtremeRangeTests {
    @Test(arguments: [[-1e308, 1e308, 0], [-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude]])
    func aRugOfValuesSpanningMoreThanTheLargestDoubleRenders(values: [Double]) throws {
        let figure = Figure()
        let result = try figure.addAxes().distplot(values, hist: false, rug: true)
        #expect(result.kde == nil)
        #expect(result.warnings.contains { $0.description.contains("their variance overflows a double") })
        for format in OutputFormat.allCases {
            let bytes = try figure.encoded(as: format)
            #expect(bytes.count > 100, "\(format)")
            if format == .svg {
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.contains("nan") && !text.contains("inf"), "no non-finite coordinate in the SVG")
            }
        }
    }
}
