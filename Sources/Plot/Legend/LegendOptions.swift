/// What a legend shows and where (matplotlib's `ax.legend(loc=, ncol=,
/// bbox_to_anchor=, title=, frameon=)`).
///
/// ```swift
/// // ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(1.02, 1), title="curves")
/// axes.showLegend(LegendOptions(location: .upperLeft, anchor: .point(x: 1.02, y: 1), columns: 2, title: "curves"))
/// ```
public struct LegendOptions: Sendable {
    /// Which corner, edge midpoint or centre of the legend sits at the same
    /// place of the anchor box (inset by `borderaxespad`); `.best` picks
    /// the place inside the axes that covers the least data.
    public var location: LegendLocation
    /// The box the legend is placed in, in axes fractions; `nil` for the
    /// axes box itself.
    public var anchor: LegendAnchor?
    /// How many columns the entries fill, the first columns taking one more
    /// entry when they do not divide evenly.
    public var columns: Int
    /// A heading above the entries.
    public var title: String?
    /// Whether the rounded, translucent frame is drawn (`frameon`).
    public var showsFrame: Bool
    /// The entries to show; `nil` for every labelled artist of the axes.
    public var entries: [LegendEntry]?
    /// Whether the legend spreads its columns over the anchor box's width
    /// (matplotlib's `mode="expand"`, with a box ``anchor``).
    public var expands: Bool

    public init(
        location: LegendLocation = .best, anchor: LegendAnchor? = nil, columns: Int = 1, title: String? = nil,
        showsFrame: Bool = true, entries: [LegendEntry]? = nil, expands: Bool = false
    ) {
        self.expands = expands
        self.location = location
        self.anchor = anchor
        self.columns = max(1, columns)
        self.title = title
        self.showsFrame = showsFrame
        self.entries = entries
    }
}

/// matplotlib's `bbox_to_anchor`, in axes fractions (0 at the left/bottom
/// edge, 1 at the right/top edge).
public enum LegendAnchor: Sendable, Hashable {
    /// A point: the legend's `location` corner goes there, inset by the pad.
    case point(x: Double, y: Double)
    /// A box `width` × `height` from its lower-left corner (x, y).
    case box(x: Double, y: Double, width: Double, height: Double)

    /// The anchor in device pixels for an axes box.
    func rect(in box: Rect) -> Rect {
        func device(_ x: Double, _ y: Double) -> Point { Point(box.minX + x * box.width, box.maxY - y * box.height) }
        switch self {
        case let .point(x, y):
            let point = device(x, y)
            return Rect(x0: point.x, y0: point.y, x1: point.x, y1: point.y)
        case let .box(x, y, width, height):
            let low = device(x, y), high = device(x + width, y + height)
            return Rect(x0: low.x, y0: high.y, x1: high.x, y1: low.y)
        }
    }
}

extension LegendLocation {
    /// matplotlib's location strings ("upper left", "center right", …).
    public init?(matplotlibName name: String) {
        let parts = name.split(separator: " ")
        let camel = parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        self.init(rawValue: camel)
    }
}
