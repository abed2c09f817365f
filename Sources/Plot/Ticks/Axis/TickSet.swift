/// The ticks an axis draws: positions in data coordinates, their labels, and the offset text.
public struct TickSet: Sendable, Hashable {
    /// Tick positions inside the view, increasing.
    public let values: [Double]
    /// One label per value, e.g. "−10", "2.5".
    public let labels: [String]
    /// Text for the end of the axis ("1e6", "+1e6", …), empty when unused.
    public let offsetText: String

    /// A tick set from its parts (`values` and `labels` have the same length).
    public init(values: [Double], labels: [String], offsetText: String) {
        self.values = values
        self.labels = labels
        self.offsetText = offsetText
    }
}
