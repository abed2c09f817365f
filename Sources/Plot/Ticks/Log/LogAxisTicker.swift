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
    ///   - viewMin: the view interval's first limit, positive (the upper one on a reversed axis;
    ///     the ticks still come out increasing). Limits from `set_xlim` or autoscaling should
    ///     already have gone through ``LogLocator/nonsingular(_:_:minPositive:)`` and
    ///     ``LogScaleLimits/limitRange(vmin:vmax:minPositive:)``.
    ///   - viewMax: the view interval's other limit, positive.
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
        let ticks = try AxisTicks.resolve(
            major: .defaultMajor(for: .log), minor: .defaultMinor(for: .log), scale: .log,
            view: AxisLimits(viewMin, viewMax), axisLengthPoints: axisLengthPoints, fontSizePoints: fontSizePoints,
            orientation: orientation)
        func logTicks(_ marks: [AxisTicks.Mark]) -> [LogTick] {
            marks.map { mark in
                guard case .power(let label) = mark.label else { return LogTick(value: mark.value, label: nil) }
                return LogTick(value: mark.value, label: label)
            }
        }
        return LogTickSet(major: logTicks(ticks.major), minor: logTicks(ticks.minor))
    }
}
