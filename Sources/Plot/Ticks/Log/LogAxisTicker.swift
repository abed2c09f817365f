import Foundation

/// matplotlib's default ticks for a base-10 log axis (`set_xscale("log")`): `LogLocator` major and
/// minor locators with `LogFormatterSciNotation`, resolved the way `Axis._update_ticks` does at draw
/// time.
///
/// Minor ticks that coincide with a major tick are dropped, only ticks inside the view (with a 1e-10
/// relative tolerance in log space) are kept, and the labels are those `Text.get_text()` returns
/// after drawing.
///
/// ```swift
/// let ticks = try LogAxisTicker().ticks(
///     viewMin: 0.5, viewMax: 5, axisLengthPoints: 357.12, fontSizePoints: 10, orientation: .x)
/// ticks.major.map(\.value)                            // [1.0]
/// ticks.minor.compactMap { $0.label?.plainText }      // ["6×10⁻¹", "2×10⁰", "3×10⁰", "4×10⁰"]
/// ```
public struct LogAxisTicker: Sendable, Hashable {
    /// A ticker with matplotlib's defaults.
    public init() {}

    /// The visible ticks of a log axis showing `viewMin...viewMax`.
    ///
    /// - Parameters:
    ///   - viewMin, viewMax: the view interval, positive (a reversed axis gives them in reverse
    ///     order; the ticks still come out increasing). Limits from `set_xlim` or autoscaling should
    ///     already have gone through ``LogLocator/nonsingular(_:_:minPositive:)`` and
    ///     ``LogScaleLimits/limitRange(vmin:vmax:minPositive:)``.
    ///   - axisLengthPoints: the axes box length along this axis, in points (1/72 in).
    ///   - fontSizePoints: the tick label font size (10 under rcdefaults).
    ///   - orientation: `.x` or `.y`.
    /// - Throws: ``TickError/nonPositiveLogLimits(_:_:)`` for a limit that is not finite and positive,
    ///   ``TickError/logTickOverflow(_:_:)`` when a tick would be infinite (where matplotlib raises),
    ///   and the length and font size errors of ``AxisTicker/tickSpace(axisLengthPoints:fontSizePoints:orientation:)``.
    public func ticks(
        viewMin: Double, viewMax: Double, axisLengthPoints: Double, fontSizePoints: Double,
        orientation: AxisOrientation
    ) throws(TickError) -> LogTickSet {
        guard viewMin.isFinite, viewMax.isFinite, viewMin > 0, viewMax > 0 else {
            throw .nonPositiveLogLimits(viewMin, viewMax)
        }
        let space = try AxisTicker.tickSpace(
            axisLengthPoints: axisLengthPoints, fontSizePoints: fontSizePoints, orientation: orientation)
        let majorLocations = try LogLocator.major.tickValues(vmin: viewMin, vmax: viewMax, tickSpace: space)
        let minorLocations = try LogLocator.minor.tickValues(vmin: viewMin, vmax: viewMax, tickSpace: space)
        guard (majorLocations + minorLocations).allSatisfy({ !$0.isInfinite }) else {
            throw .logTickOverflow(viewMin, viewMax)
        }
        let view = LogView(viewMin, viewMax)
        let minorOnly = view.removingDuplicates(of: majorLocations, from: minorLocations)
        let formatter = LogFormatterSciNotation()
        let labelled = formatter.labelledCoefficients(viewMin: viewMin, viewMax: viewMax)
        func visibleTicks(_ locations: [Double]) -> [LogTick] {
            locations.filter(view.contains).map {
                LogTick(value: $0, label: formatter.label(for: $0, labelledCoefficients: labelled))
            }
        }
        return LogTickSet(major: visibleTicks(majorLocations), minor: visibleTicks(minorOnly))
    }
}

/// A log axis' view in transformed (log10) coordinates, for the two checks `Axis` makes there.
private struct LogView {
    let low: Double
    let high: Double

    init(_ viewMin: Double, _ viewMax: Double) {
        let ends = [viewMin, viewMax].map(Self.transform).sorted()
        low = ends[0]
        high = ends[1]
    }

    /// `LogTransform(10, nonpositive="clip")`: log10, with -1000 for values that are not positive.
    static func transform(_ value: Double) -> Double {
        value <= 0 ? -1000 : log10(value)
    }

    /// `_interval_contains_close`: inside the view, with a 1e-10 relative tolerance.
    func contains(_ value: Double) -> Bool {
        let tolerance = (high - low) * 1e-10
        let transformed = Self.transform(value)
        return low - tolerance <= transformed && transformed <= high + tolerance
    }

    /// `Axis.get_minorticklocs`: the minor locations farther than 1e-5 of the view's log span from
    /// every major location.
    func removingDuplicates(of major: [Double], from minor: [Double]) -> [Double] {
        let tolerance = (high - low) * 1e-5
        let majorTransformed = major.map(Self.transform)
        return minor.filter { location in
            let transformed = Self.transform(location)
            return !majorTransformed.contains { abs(transformed - $0) <= tolerance }
        }
    }
}
