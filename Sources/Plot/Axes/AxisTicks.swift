/// The ticks one axis draws, whatever its scale: major and minor marks with
/// their labels, and the offset text of a linear axis.
struct AxisTicks {
    /// What a tick label says.
    enum Label: Hashable {
        /// Ordinary text, e.g. "−10" or "2.5".
        case plain(String)
        /// A power of ten drawn with a raised exponent, e.g. 10² or 2×10⁻¹.
        case power(LogTickLabel)
    }

    /// One tick mark and its label, if any.
    struct Mark {
        let value: Double
        let label: Label?

        /// The label as matplotlib's `Text.get_text()` gives it ("" for none).
        var mathtext: String {
            switch label {
            case .plain(let text): return text
            case .power(let power): return power.mathtext
            case nil: return ""
            }
        }
    }

    var major: [Mark] = []
    var minor: [Mark] = []
    var offsetText = ""

    /// The major tick values.
    var values: [Double] { major.map(\.value) }

    /// The major labels as one string each (powers with Unicode superscripts).
    var labels: [String] {
        major.map { mark in
            switch mark.label {
            case .plain(let text): return text
            case .power(let label): return label.plainText
            case nil: return ""
            }
        }
    }

    /// matplotlib's default ticks for an axis of `scale` showing `limits`.
    static func compute(
        scale: AxisScale, limits: ClosedRange<Double>, axisLengthPoints: Double, fontSize: Double,
        orientation: AxisOrientation
    ) -> AxisTicks {
        switch scale {
        case .linear:
            guard let set = try? AxisTicker().ticks(
                viewMin: limits.lowerBound, viewMax: limits.upperBound, axisLengthPoints: axisLengthPoints,
                fontSizePoints: fontSize, orientation: orientation)
            else { return AxisTicks() }
            return AxisTicks(
                major: zip(set.values, set.labels).map { Mark(value: $0, label: .plain($1)) },
                offsetText: set.offsetText)
        case .log:
            guard let set = try? LogAxisTicker().ticks(
                viewMin: limits.lowerBound, viewMax: limits.upperBound, axisLengthPoints: axisLengthPoints,
                fontSizePoints: fontSize, orientation: orientation)
            else { return AxisTicks() }
            return AxisTicks(
                major: set.major.map { Mark(value: $0.value, label: $0.label.map(Label.power)) },
                minor: set.minor.map { Mark(value: $0.value, label: $0.label.map(Label.power)) })
        }
    }
}
