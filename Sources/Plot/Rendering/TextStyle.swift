import BundledFonts

/// The font of a piece of text.
public struct TextStyle: Hashable, Sendable {
    /// Font size in points.
    public var size: Double
    public var color: Color
    /// Which bundled face draws the text.
    public var weight: Weight

    /// The bundled DejaVu Sans faces.
    public enum Weight: Hashable, Sendable {
        case regular, bold, oblique

        var bundledFont: BundledFont {
            switch self {
            case .regular: return .regular
            case .bold: return .bold
            case .oblique: return .oblique
            }
        }
    }

    public init(size: Double, color: Color = .black, weight: Weight = .regular) {
        self.size = size
        self.color = color
        self.weight = weight
    }
}

/// Where the anchor point of a text sits on the text's box, as matplotlib's
/// `horizontalalignment` and `verticalalignment`.
public struct TextAlignment: Hashable, Sendable {
    public enum Horizontal: Hashable, Sendable { case left, center, right }
    /// `top`, `center`, `bottom` refer to the box of the text line (at least
    /// the font's typographic ascent and descent); `baseline` to the baseline, and
    /// `centerBaseline` to the middle between baseline and top.
    public enum Vertical: Hashable, Sendable { case top, center, centerBaseline, baseline, bottom }

    public var horizontal: Horizontal
    public var vertical: Vertical

    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }
}

/// The size of a line of text in device units, as matplotlib measures it:
/// the advance `width`, `ascent` above the baseline and `descent` below it,
/// each at least the font's typographic ascent and descent, so that labels of
/// one row share a baseline.
public struct TextExtent: Hashable, Sendable {
    public var width: Double
    public var ascent: Double
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Double { ascent + descent }
}
