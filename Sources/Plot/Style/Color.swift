/// An sRGB colour with straight (not premultiplied) alpha, components in 0...1.
///
/// ```swift
/// let blue = Color(hex: "#1f77b4")!
/// let translucent = blue.withAlpha(0.4)
/// ```
public struct Color: Hashable, Sendable, Codable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    /// A colour from components in 0...1 (values outside are clamped).
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Self.clamp(red)
        self.green = Self.clamp(green)
        self.blue = Self.clamp(blue)
        self.alpha = Self.clamp(alpha)
    }

    /// A colour from `#rrggbb` or `#rrggbbaa`, or the shorthands `#rgb` and `#rgba` for
    /// `#rrggbb` and `#rrggbbaa` (the `#` is optional); `nil` if malformed.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        if digits.count == 3 || digits.count == 4 {
            // Each digit doubled: n/15 = 17n/255, the same double as matplotlib's int(n, 16) / 0xf.
            digits = Substring(digits.flatMap { [$0, $0] })
        }
        guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else {
            return nil
        }
        let hasAlpha = digits.count == 8
        self.init(rgb: hasAlpha ? value >> 8 : value, alpha: hasAlpha ? Double(value & 0xff) / 255 : 1)
    }

    /// A colour from `0xRRGGBB`, each byte over 255.
    init(rgb value: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((value >> 16) & 0xff) / 255,
            green: Double((value >> 8) & 0xff) / 255,
            blue: Double(value & 0xff) / 255,
            alpha: alpha)
    }

    /// The same colour with another alpha.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// `#rrggbb`, or `#rrggbbaa` when not opaque.
    public var description: String {
        let bytes = [red, green, blue] + (alpha < 1 ? [alpha] : [])
        return "#" + bytes.map { component in
            let byte = Int((component * 255).rounded())
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }

    private static func clamp(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, 0), 1)
    }
}

extension Color {
    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Fully transparent.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    /// matplotlib's and seaborn's default colour cycle, `tab10`.
    public static let tab10: [Color] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ].compactMap { Color(hex: $0) }
}
