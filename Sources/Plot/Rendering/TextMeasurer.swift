/// Measures text as it will be drawn, so that layout can be computed before
/// anything is drawn (the half of a ``Renderer`` that layout needs).
public protocol TextMeasurer: AnyObject {
    /// Dots per inch: device units per inch.
    var dpi: Double { get }

    /// The size of one line of text (see ``TextExtent``).
    func measureText(_ text: String, style: TextStyle) -> TextExtent
}

extension TextMeasurer {
    /// Points to device units.
    public func pixels(fromPoints points: Double) -> Double { points * dpi / 72 }
}
