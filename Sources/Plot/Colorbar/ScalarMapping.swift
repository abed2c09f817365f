/// How values become colours: a colour map and a norm with both limits
/// (matplotlib's `ScalarMappable`), shared by a colour-mapped plot and its
/// colorbar.
public struct ScalarMapping: Sendable {
    public var colormap: Colormap
    /// A norm whose limits are known (``ColorNormalization/isScaled``).
    public var norm: any ColorNormalization

    /// - Throws: ``PlotError/invalidArgument(_:)`` when the norm has no limits.
    public init(colormap: Colormap, norm: any ColorNormalization) throws(PlotError) {
        guard let low = norm.vmin, let high = norm.vmax else {
            throw .invalidArgument("a colour mapping needs a norm with vmin and vmax (autoscale it to the data first)")
        }
        guard low.isFinite, high.isFinite else {
            throw .invalidArgument("a colour mapping needs finite limits, got \(low)…\(high)")
        }
        self.colormap = colormap
        self.norm = norm
    }

    /// A mapping whose norm is `norm` (a ``Normalize`` when `nil`) with its
    /// missing limits taken from the finite values.
    public init(colormap: Colormap, norm: (any ColorNormalization)?, values: [Double]) throws(PlotError) {
        let base: any ColorNormalization
        if let norm { base = norm } else { base = try Normalize() }
        try self.init(colormap: colormap, norm: try base.autoscaled(to: values))
    }

    /// The colour of `value` (the map's bad colour for a value the norm
    /// cannot place).
    public func color(_ value: Double) -> Color {
        guard value.isFinite, let position = try? norm(value) else { return colormap.bad }
        return colormap(position)
    }

    /// The norm's limits, low to high.
    public var limits: ClosedRange<Double> {
        let (low, high) = (norm.vmin ?? 0, norm.vmax ?? 1)
        return min(low, high)...max(low, high)
    }
}
