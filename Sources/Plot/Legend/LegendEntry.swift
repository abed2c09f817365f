/// One row of a legend: a small sample of the artist and its label.
public struct LegendEntry: Sendable, Hashable {
    /// How the sample of the artist is drawn.
    public enum Handle: Sendable, Hashable {
        /// A short horizontal line.
        case line(StrokeStyle)
        /// A small box.
        case patch(fill: Color?, edge: StrokeStyle?)
    }

    public var label: String
    public var handle: Handle

    public init(label: String, handle: Handle) {
        self.label = label
        self.handle = handle
    }
}
