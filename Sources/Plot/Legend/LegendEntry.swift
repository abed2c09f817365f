/// One row of a legend: a small sample of the artist and its label.
public struct LegendEntry: Sendable {
    public var label: String
    /// How the sample of the artist is drawn (``LineHandle``,
    /// ``PatchHandle`` or a type of your own).
    public var handle: any LegendHandle

    public init(label: String, handle: any LegendHandle) {
        self.label = label
        self.handle = handle
    }
}
