import Foundation
import PropertyBased
import Plot
import Testing

/// Tick labels of random view intervals, at every scale and offset, are
/// unique: two ticks never read the same.
@Suite struct PropertyTickLabelTests {
    /// A view centred on `centre·10^e1`, `width·10^e2` wide, widened as the
    /// axes widen degenerate limits.
    private static func view(_ centre: Double, _ e1: Int, _ width: Double, _ e2: Int) -> (Double, Double) {
        let middle = centre * pow(10, Double(e1))
        let half = width * pow(10, Double(e2)) / 2
        return Nonsingular.limits(middle - half, middle + half, expander: 0.05)
    }

    @Test func linearAxisLabelsAreUnique() async {
        await propertyCheck(
            input: Gen.double(in: -10...10), Gen.int(in: -30...30), Gen.double(in: 0.01...10), Gen.int(in: -30...30),
            Gen.double(in: 50...1000)
        ) { centre, e1, width, e2, length in
            let (low, high) = Self.view(centre, e1, width, e2)
            for orientation in [AxisOrientation.x, .y] {
                let ticks = try AxisTicker().ticks(
                    viewMin: low, viewMax: high, axisLengthPoints: length, fontSizePoints: 10, orientation: orientation)
                #expect(Set(ticks.labels).count == ticks.labels.count,
                        "[\(low), \(high)]: \(ticks.labels) offset \(ticks.offsetText)")
                #expect(zip(ticks.values, ticks.values.dropFirst()).allSatisfy { $0 < $1 })
            }
        }
    }

    @Test func logAxisLabelsAreUnique() async {
        await propertyCheck(
            input: Gen.double(in: -300...300), Gen.double(in: 0.001...30), Gen.double(in: 50...1000)
        ) { lowExponent, decades, length in
            let low = pow(10, lowExponent)
            let high = pow(10, min(lowExponent + decades, 307))
            guard low < high else { return }
            let ticks = try LogAxisTicker().ticks(
                viewMin: low, viewMax: high, axisLengthPoints: length, fontSizePoints: 10, orientation: .x)
            let labels = (ticks.major + ticks.minor).compactMap { $0.label?.plainText }
            #expect(Set(labels).count == labels.count, "[\(low), \(high)]: \(labels)")
        }
    }
}
