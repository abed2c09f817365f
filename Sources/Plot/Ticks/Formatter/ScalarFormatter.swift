/// matplotlib's `ticker.ScalarFormatter` under `rcdefaults()`: plain decimal labels with just enough
/// digits to tell the ticks apart, an additive offset when the ticks share many leading digits,
/// and a power-of-ten factor outside `10^-5 ... 10^6`. No mathtext; minus signs are U+2212.
///
/// ```swift
/// let text = ScalarFormatter().format([0, 0.5, 1, 1.5, 2, 2.5], viewMin: 0, viewMax: 2.26)
/// // text.labels == ["0.0", "0.5", "1.0", "1.5", "2.0", "2.5"], text.offsetText == ""
/// let big = ScalarFormatter().format([1e6 + 2, 1e6 + 4], viewMin: 1e6, viewMax: 1e6 + 10)
/// // big.labels == ["2", "4"], big.offsetText == "+1e6"
/// ```
public struct ScalarFormatter: Sendable, Hashable {
    /// Whether an additive offset may be split off (`axes.formatter.useoffset`, default true).
    public var useOffset: Bool
    /// How many leading digits an offset must save (`axes.formatter.offset_threshold`, default 4).
    public var offsetThreshold: Int
    /// Exponents at or below which scientific notation is used (`axes.formatter.limits[0]`, -5).
    public var lowerPowerLimit: Int
    /// Exponents at or above which scientific notation is used (`axes.formatter.limits[1]`, 6).
    public var upperPowerLimit: Int
    /// Whether scientific notation (a `1eN` factor) may be used at all (default true).
    public var useScientific: Bool
    /// Whether hyphens become the Unicode minus sign U+2212 (`axes.unicode_minus`, default true).
    public var unicodeMinus: Bool

    /// A formatter with matplotlib's default settings, or the given ones.
    public init(
        useOffset: Bool = true, offsetThreshold: Int = 4, lowerPowerLimit: Int = -5,
        upperPowerLimit: Int = 6, useScientific: Bool = true, unicodeMinus: Bool = true
    ) {
        self.useOffset = useOffset
        self.offsetThreshold = offsetThreshold
        self.lowerPowerLimit = lowerPowerLimit
        self.upperPowerLimit = upperPowerLimit
        self.useScientific = useScientific
        self.unicodeMinus = unicodeMinus
    }

    /// Labels for all the locator's ticks (matplotlib's `format_ticks`) and the offset text.
    ///
    /// - Parameters:
    ///   - locs: every location the locator returned, including those just outside the view.
    ///   - viewMin: one limit of the axis' view interval (either order); only ticks inside the
    ///     interval decide the offset and the order of magnitude.
    ///   - viewMax: the view interval's other limit.
    public func format(_ locs: [Double], viewMin: Double, viewMax: Double) -> FormattedTicks {
        guard !locs.isEmpty else {
            return FormattedTicks(labels: [], offsetText: "", offset: 0, orderOfMagnitude: 0, decimals: 0)
        }
        let view = (min(viewMin, viewMax), max(viewMin, viewMax))
        let visible = locs.filter { view.0 <= $0 && $0 <= view.1 }
        let offset = useOffset ? Self.offset(visible: visible, threshold: offsetThreshold) : 0
        let magnitude = orderOfMagnitude(visible: visible, offset: offset, view: view)
        let decimals = Self.decimals(
            locs, offset: offset, orderOfMagnitude: magnitude, viewEnds: [viewMin, viewMax])
        let scale = PythonFloat.floatPowerOfTen(magnitude)
        let labels = locs.map { value -> String in
            var scaled = (value - offset) / scale
            if abs(scaled) < 1e-8 { scaled = 0 }
            return fixMinus(PythonFloat.fixed(scaled, decimals: decimals))
        }
        return FormattedTicks(
            labels: labels, offsetText: offsetText(offset: offset, orderOfMagnitude: magnitude),
            offset: offset, orderOfMagnitude: magnitude, decimals: decimals)
    }

    /// Replaces hyphens with U+2212 when `unicodeMinus` is on.
    func fixMinus(_ text: String) -> String {
        unicodeMinus ? String(text.map { $0 == "-" ? "\u{2212}" : $0 }) : text
    }
}

/// Tick labels from ``ScalarFormatter``, with the numbers that produced them.
public struct FormattedTicks: Sendable, Hashable {
    /// One label per location given, e.g. "−0.5".
    public let labels: [String]
    /// The text drawn at the end of the axis, e.g. "1e6", "+1e6", "1e−5+1": empty when unused.
    public let offsetText: String
    /// The additive offset subtracted from every tick (0 when unused).
    public let offset: Double
    /// The power of ten the ticks were divided by (0 when unused).
    public let orderOfMagnitude: Int
    /// Digits after the decimal point in every label.
    public let decimals: Int
}
