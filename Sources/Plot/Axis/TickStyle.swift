/// Which way tick marks point from the spine (matplotlib's `direction`).
public enum TickDirection: String, Sendable, Hashable {
    /// Away from the axes box (the default).
    case out
    /// Into the axes box.
    case `in`
    /// Across the spine, half on each side.
    case inOut = "inout"

    /// How much of the tick's length lies outside the box, pushing the
    /// labels away (matplotlib's `Tick.get_tick_padding`).
    var outsideFraction: Double {
        switch self {
        case .out: return 1
        case .in: return 0
        case .inOut: return 0.5
        }
    }
}

/// How one set of ticks (major or minor) of an axis looks (matplotlib's
/// `tick_params` for one `which`).
public struct TickStyle: Sendable, Hashable {
    public var direction: TickDirection
    /// Mark length in points.
    public var length: Double
    /// Mark line width in points.
    public var width: Double
    public var color: Color
    /// Points between the mark's outer end and the label.
    public var pad: Double
    /// Label font size in points.
    public var labelSize: Double
    public var labelColor: Color
    /// Label rotation in degrees, counter-clockwise.
    public var labelRotation: Double
    /// The sides that draw marks.
    public var markSides: Set<AxesSide>
    /// The sides that draw labels.
    public var labelSides: Set<AxesSide>

    public init(
        direction: TickDirection = .out, length: Double, width: Double, color: Color, pad: Double,
        labelSize: Double, labelColor: Color, labelRotation: Double = 0, markSides: Set<AxesSide>,
        labelSides: Set<AxesSide>
    ) {
        self.direction = direction
        self.length = length
        self.width = width
        self.color = color
        self.pad = pad
        self.labelSize = labelSize
        self.labelColor = labelColor
        self.labelRotation = labelRotation
        self.markSides = markSides
        self.labelSides = labelSides
    }
}

/// Major ticks, minor ticks, or both (matplotlib's `which`).
public enum TickSelection: String, Sendable, Hashable {
    case major, minor, both

    var includesMajor: Bool { self != .minor }
    var includesMinor: Bool { self != .major }
}
