import Foundation

/// The ticks one axis draws, resolved the way matplotlib's
/// `Axis._update_ticks` resolves them at draw time: the major locator's
/// locations, labelled all together by the major formatter; the minor
/// locator's, less those that fall on a major tick, labelled by the minor
/// formatter; then only the ticks inside the view (within 1e-10 of its span,
/// in the scale's space).
struct AxisTicks {
    /// One tick mark and its label, if any.
    struct Mark {
        let value: Double
        let label: TickLabel?

        /// The label as matplotlib's `Text.get_text()` gives it ("" for none).
        var mathtext: String { label?.mathtext ?? "" }
    }

    var major: [Mark] = []
    var minor: [Mark] = []
    var offsetText = ""

    /// The major tick values.
    var values: [Double] { major.map(\.value) }

    /// The major labels as one string each (powers with Unicode superscripts).
    var labels: [String] { major.map { $0.label?.plainText ?? "" } }

    /// The ticks `axis` draws along the box of `transform` (none when its
    /// view cannot be ticked).
    static func resolve(for axis: Axis, transform: AxesTransform, dpi: Double) -> AxisTicks {
        let box = transform.box
        let lengthPoints = (axis.orientation == .x ? box.width : box.height) * 72 / dpi
        return (try? resolve(
            major: axis.major, minor: axis.minor, scale: transform.scale(axis.orientation),
            view: transform.view(axis.orientation), axisLengthPoints: lengthPoints,
            fontSizePoints: axis.majorStyle.labelSize, orientation: axis.orientation)) ?? AxisTicks()
    }

    /// The ticks of an axis of `scale` showing `view`.
    ///
    /// - Throws: ``TickError`` for limits the scale cannot show, a bad length
    ///   or font size, too many ticks, or a log tick beyond the largest `Double`.
    static func resolve(
        major: Ticker, minor: Ticker, scale: AxisScale, view: AxisLimits, axisLengthPoints: Double,
        fontSizePoints: Double, orientation: AxisOrientation
    ) throws(TickError) -> AxisTicks {
        guard view.isFinite, (view.high - view.low).isFinite else {
            throw .nonFiniteViewLimits(view.start, view.end)
        }
        if scale == .log, view.low <= 0 { throw .nonPositiveLogLimits(view.start, view.end) }
        let space = try AxisTicker.tickSpace(
            axisLengthPoints: axisLengthPoints, fontSizePoints: fontSizePoints, orientation: orientation)
        var info = TickAxisInfo(scale: scale, tickSpace: space, orientation: orientation)
        let majorLocations = try major.locator.tickValues(viewMin: view.start, viewMax: view.end, axis: info)
        info.majorLocations = majorLocations
        let allMinor = try minor.locator.tickValues(viewMin: view.start, viewMax: view.end, axis: info)
        guard (majorLocations + allMinor).allSatisfy({ !$0.isInfinite }) else {
            throw .logTickOverflow(view.start, view.end)
        }
        let transformed = TransformedView(view: view, scale: scale)
        let minorLocations = transformed.removingOverlaps(of: majorLocations, from: allMinor)
        let majorLabels = major.formatter.tickLabels(for: majorLocations, viewMin: view.start, viewMax: view.end)
        let minorLabels = minor.formatter.tickLabels(for: minorLocations, viewMin: view.start, viewMax: view.end)
        func visible(_ locations: [Double], _ labels: [TickLabel?]) -> [Mark] {
            zip(locations, labels).filter { transformed.contains($0.0) }.map { Mark(value: $0.0, label: $0.1) }
        }
        return AxisTicks(
            major: visible(majorLocations, majorLabels.labels), minor: visible(minorLocations, minorLabels.labels),
            offsetText: majorLabels.offsetText)
    }
}

/// An axis' view in its scale's space, for the two checks matplotlib's
/// `Axis` makes there.
private struct TransformedView {
    let scale: AxisScale
    let low: Double
    let high: Double

    init(view: AxisLimits, scale: AxisScale) {
        self.scale = scale
        let ends = [scale.forward(view.start), scale.forward(view.end)].sorted()
        low = ends[0]
        high = ends[1]
    }

    /// `_interval_contains_close`: inside the view, within 1e-10 of its span.
    func contains(_ value: Double) -> Bool {
        let tolerance = (high - low) * 1e-10
        let transformed = scale.forward(value)
        return low - tolerance <= transformed && transformed <= high + tolerance
    }

    /// `Axis.get_minorticklocs`: the minor locations farther than 1e-5 of
    /// the view's span from every major location.
    func removingOverlaps(of major: [Double], from minor: [Double]) -> [Double] {
        let tolerance = (high - low) * 1e-5
        let majorTransformed = major.map(scale.forward)
        return minor.filter { location in
            let transformed = scale.forward(location)
            return !majorTransformed.contains { abs(transformed - $0) <= tolerance }
        }
    }
}
