/// A map from normalised values in 0...1 to colours through a lookup table of N colours:
/// matplotlib's `Colormap` (a `ListedColormap` or a `LinearSegmentedColormap`).
///
/// Values below 0 take the ``under`` colour, values above 1 the ``over`` colour and NaN the
/// ``bad`` colour; by default, as in matplotlib, under is the first colour of the table, over
/// the last and bad transparent black. A ``ColorNormalization`` brings data into 0...1 first.
///
/// ```swift
/// let viridis = try Colormap(named: "viridis")
/// let middle = viridis(0.5)                  // cmap(0.5)
/// let reversed = viridis.reversed()          // "viridis_r"
/// let steps = try viridis.resampled(8)       // cmap.resampled(8)
/// ```
public struct Colormap: Sendable, Hashable {
    /// The name, as matplotlib's `Colormap.name` (`"viridis"`, `"viridis_r"`).
    public var name: String
    /// The lookup table, ``count`` colours from value 0 to value 1
    /// (matplotlib's `cmap(np.arange(cmap.N))`).
    public let colors: [Color]
    /// The colour of NaN values (matplotlib's `get_bad()`); transparent black by default.
    public var bad: Color
    private var customUnder: Color?
    private var customOver: Color?
    /// The segment data the table was made from (a `LinearSegmentedColormap`), or `nil`
    /// when the colours are the table itself (a `ListedColormap`).
    private let segments: ColormapSegments?

    /// A colour map whose table is `colors`, as matplotlib's `ListedColormap(colors, name)`.
    ///
    /// - Parameters:
    ///   - name: The name, as `Colormap.name`.
    ///   - colors: The lookup table, from value 0 to value 1.
    ///   - under: The colour of values below 0; `nil` for the first of `colors`.
    ///   - over: The colour of values above 1; `nil` for the last of `colors`.
    ///   - bad: The colour of NaN values.
    /// - Throws: ``PlotError/invalidArgument(_:)`` when `colors` is empty.
    public init(name: String, colors: [Color], under: Color? = nil, over: Color? = nil, bad: Color = .clear)
        throws(PlotError)
    {
        guard !colors.isEmpty else {
            throw .invalidArgument("the colour map '\(name)' needs at least one colour")
        }
        self.init(name: name, colors: colors, segments: nil, under: under, over: over, bad: bad)
    }

    private init(name: String, colors: [Color], segments: ColormapSegments?, under: Color?, over: Color?, bad: Color) {
        self.name = name
        self.colors = colors
        self.segments = segments
        self.customUnder = under
        self.customOver = over
        self.bad = bad
    }

    /// A built-in `ListedColormap` from its table, three components per colour.
    init(listed name: String, rgb: [Double]) {
        let colors = stride(from: 0, to: rgb.count, by: 3).map {
            Color(red: rgb[$0], green: rgb[$0 + 1], blue: rgb[$0 + 2])
        }
        self.init(name: name, colors: colors, segments: nil, under: nil, over: nil, bad: .clear)
    }

    /// A built-in `LinearSegmentedColormap` of 256 colours from its segment data.
    init(
        segmented name: String, red: [(Double, Double, Double)], green: [(Double, Double, Double)],
        blue: [(Double, Double, Double)]
    ) {
        self.init(name: name, segments: ColormapSegments(red: red, green: green, blue: blue))
    }

    /// A built-in `LinearSegmentedColormap.from_list(name, colors)` of 256 colours, three
    /// components per colour.
    init(evenlySpaced name: String, rgb: [Double]) {
        self.init(name: name, segments: ColormapSegments(evenlySpaced: rgb))
    }

    private init(name: String, segments: ColormapSegments, count: Int = 256) {
        self.init(
            name: name, colors: segments.table(count: count), segments: segments, under: nil, over: nil,
            bad: .clear)
    }

    /// The number of colours in the table (matplotlib's `N`).
    public var count: Int { colors.count }

    /// The colour of values below 0 (matplotlib's `get_under()`); the first colour of the
    /// table unless set.
    public var under: Color {
        get { customUnder ?? colors[0] }
        set { customUnder = newValue }
    }

    /// The colour of values above 1 (matplotlib's `get_over()`); the last colour of the
    /// table unless set.
    public var over: Color {
        get { customOver ?? colors[colors.count - 1] }
        set { customOver = newValue }
    }

    /// The colour of a normalised value, as matplotlib's `cmap(value)` for a float: the
    /// table entry `Int(value · N)` (truncated toward zero), where exactly 1 takes the last
    /// entry; ``under`` below 0, ``over`` above 1 and ``bad`` for NaN.
    public func callAsFunction(_ value: Double) -> Color {
        let size = Double(count)
        var position = value * size
        // `xa[xa == N] = N - 1`: 1 is not out of range.
        if position == size { position = size - 1 }
        // The masks are taken before the cast to int, which would truncate −0.5 to 0.
        if position < 0 { return under }
        if position >= size { return over }
        if position.isNaN { return bad }
        return colors[Int(position)]
    }

    /// The map run backwards, named with `_r` appended, as matplotlib's `reversed()`: a
    /// listed map's table reversed, a segmented map's table remade from its reversed
    /// segments. A set under colour becomes the over colour and the other way round.
    public func reversed() -> Colormap {
        let reversedSegments = segments?.reversed()
        return Colormap(
            name: name + "_r", colors: reversedSegments?.table(count: count) ?? colors.reversed(),
            segments: reversedSegments, under: customOver, over: customUnder, bad: bad)
    }

    /// The map with a table of `count` colours, as matplotlib's `resampled(count)`: a listed
    /// map sampled at `np.linspace(0, 1, count)`, a segmented map's table remade from its
    /// segments. The name and any set under, over and bad colours are kept.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when `count` is less than 1.
    public func resampled(_ count: Int) throws(PlotError) -> Colormap {
        guard count >= 1 else {
            throw .invalidArgument("a colour map needs at least one colour: cannot resample '\(name)' to \(count)")
        }
        let table = segments?.table(count: count) ?? Self.unitSamples(count).map { self($0) }
        return Colormap(
            name: name, colors: table, segments: segments, under: customUnder, over: customOver, bad: bad)
    }

    /// `np.linspace(0, 1, count)` in numpy's float64 operations: `i · (1 / (count − 1))`,
    /// the last value exactly 1 (a single sample is 0).
    static func unitSamples(_ count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [0] : [] }
        let step = 1 / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? 1 : Double($0) * step }
    }
}
