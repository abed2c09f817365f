import Foundation
import TestSupport
import Testing
@testable import Plot

/// Axes on a user-defined scale (`ScaleTransform`, matplotlib's
/// `set_yscale("function", functions=(forward, inverse))`) against
/// matplotlib 3.11.2 (`scale_function.json`): autoscaled views with the
/// margin taken in scale space, and the ticks' values, positions and labels.
@Suite struct FunctionScaleFixtureTests {
    struct Fixture: Decodable, Sendable {
        struct Case: Decodable, Sendable {
            struct Tick: Decodable, Sendable {
                let value: Double
                let px: Double
                let label: String
            }

            let name: String
            let axis: String
            let scale: String
            let x: [Double]
            let y: [Double]
            let lim: [Double]?
            let view: [Double]
            let ticks: [Tick]
        }

        let cases: [Case]
    }

    /// The scales of the generator, by name.
    struct Power: ScaleTransform {
        let name: String
        let exponent: Double

        func forward(_ value: Double) -> Double {
            exponent == 3 ? value * value * value : pow(value, exponent)
        }

        func inverse(_ position: Double) -> Double {
            exponent == 3 ? cbrt(position) : pow(position, 1 / exponent)
        }
    }

    static let scales: [String: Power] = [
        "sqrt": Power(name: "sqrt", exponent: 0.5), "square": Power(name: "square", exponent: 2),
        "cube": Power(name: "cube", exponent: 3),
    ]

    static let fixture: Fixture = FixtureFile.load("scale_function.json", from: Bundle.module)

    static var caseNames: [String] { fixture.cases.map(\.name) }

    @Test(arguments: caseNames)
    func functionScaleMatchesMatplotlib(_ name: String) throws {
        let testCase = try #require(Self.fixture.cases.first { $0.name == name })
        let figure = Figure()
        let axes = figure.addAxes()
        try axes.plot(testCase.x, testCase.y)
        let scale = AxisScale.function(FunctionScale(try #require(Self.scales[testCase.scale])))
        if testCase.axis == "x" { axes.xScale = scale } else { axes.yScale = scale }
        if let lim = testCase.lim {
            if testCase.axis == "x" { try axes.setXLimits(lim[0], lim[1]) } else { try axes.setYLimits(lim[0], lim[1]) }
        }
        let size = figure.pixelSize
        let transform = axes.transform(canvasWidth: Double(size.width), canvasHeight: Double(size.height))
        let axis = testCase.axis == "x" ? axes.xAxis : axes.yAxis
        let view = transform.view(axis.orientation)
        #expect(isApproximatelyEqual(view.start, testCase.view[0], relative: 1e-9)
                && isApproximatelyEqual(view.end, testCase.view[1], relative: 1e-9), "\(name): \(view) vs \(testCase.view)")
        let ticks = AxisTicks.resolve(for: axis, transform: transform, dpi: figure.dpi)
        #expect(ticks.values == testCase.ticks.map(\.value), "\(name): \(ticks.values)")
        #expect(ticks.labels == testCase.ticks.map(\.label))
        for (mark, tick) in zip(ticks.major, testCase.ticks) {
            let px = axis.orientation == .x ? transform.deviceX(mark.value) : transform.deviceY(mark.value)
            #expect(abs(px - tick.px) < 1e-6, "\(name) at \(mark.value): \(px) vs \(tick.px)")
        }
    }

    @Test func scalesOfOneNameAreEqual() {
        let a = AxisScale.function(FunctionScale(Power(name: "sqrt", exponent: 0.5)))
        let b = AxisScale.function(FunctionScale(Power(name: "sqrt", exponent: 0.5)))
        #expect(a == b && a != .linear && a != .log)
    }
}
