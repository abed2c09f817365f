import Stats

/// Style of rug ticks (seaborn's `rugplot` arguments).
public struct RugStyle: Sendable, Hashable {
    /// Tick length as a fraction of the axes height (width when horizontal).
    public var height = 0.025
    /// Whether the margin on the other axis grows by twice the height, so
    /// the ticks do not cover the data (seaborn's `expand_margins`).
    public var expandMargins = true
    /// Line width in points.
    public var lineWidth = 1.0
    /// The colour; the next line-cycle colour when `nil`.
    public var color: Color?

    public init(height: Double = 0.025, expandMargins: Bool = true, lineWidth: Double = 1, color: Color? = nil) {
        self.height = height
        self.expandMargins = expandMargins
        self.lineWidth = lineWidth
        self.color = color
    }
}

extension Axes {
    /// Marks each value with a short tick at the edge of the axes, as
    /// seaborn's `rugplot`. NaN and infinite values are skipped.
    ///
    /// ```swift
    /// axes.rugplot(sample)                                  // along x
    /// axes.rugplot(sample, orientation: .horizontal)        // along y
    /// ```
    @discardableResult
    public func rugplot(
        _ data: [Double], orientation: DistributionOrientation = .vertical, style: RugStyle = RugStyle(),
        label: String? = nil
    ) -> RugArtist {
        add(RugPlot(data, orientation: orientation, style: style, label: label)).summary
    }
}
