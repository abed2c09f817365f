/// A position in device space (pixels, origin at the top-left corner of the
/// figure, y growing downwards) or in data space, depending on context.
public struct Point: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// `Point(x, y)`: the short form for coordinate lists.
    public init(_ x: Double, _ y: Double) {
        self.init(x: x, y: y)
    }
}
