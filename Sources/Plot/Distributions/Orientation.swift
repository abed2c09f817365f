/// Which axis a distribution's values lie along.
public enum DistributionOrientation: Sendable, Hashable {
    /// Values along x, heights and densities along y (the usual plot).
    case vertical
    /// Values along y, heights and densities along x (seaborn's
    /// `distplot(vertical=True)` or `kdeplot(y=...)`).
    case horizontal

    /// Puts a (value, height) pair on the plot's axes.
    func point(value: Double, height: Double) -> Point {
        self == .vertical ? Point(value, height) : Point(height, value)
    }

    /// Bars spanning `lower...upper` along the value axis and
    /// `base...top` along the other.
    func bar(lower: Double, upper: Double, base: Double, top: Double) -> BarsArtist.Bar {
        self == .vertical
            ? BarsArtist.Bar(x0: lower, x1: upper, y0: base, y1: top)
            : BarsArtist.Bar(x0: base, x1: top, y0: lower, y1: upper)
    }

    /// Sticky edges for values (`valueEdges`) and heights (`heightEdges`).
    func sticky(values valueEdges: [Double] = [], heights heightEdges: [Double]) -> StickyEdges {
        self == .vertical ? StickyEdges(x: valueEdges, y: heightEdges) : StickyEdges(x: heightEdges, y: valueEdges)
    }

    /// The axis the values lie along.
    var valueAxis: AxisOrientation { self == .vertical ? .x : .y }

    /// Hints naming the axis of the heights (seaborn's `_add_axis_labels`).
    func heightLabelHints(_ label: String) -> AxesHints {
        self == .vertical ? AxesHints(yLabel: label) : AxesHints(xLabel: label)
    }
}

extension LayerContext {
    /// The axis of a distribution's values (x when vertical), to set its
    /// scale or label.
    subscript(valuesOf orientation: DistributionOrientation) -> Axis {
        get { orientation == .vertical ? xAxis : yAxis }
        set { if orientation == .vertical { xAxis = newValue } else { yAxis = newValue } }
    }

    /// The axis of a distribution's heights (y when vertical).
    subscript(heightsOf orientation: DistributionOrientation) -> Axis {
        get { orientation == .vertical ? yAxis : xAxis }
        set { if orientation == .vertical { yAxis = newValue } else { xAxis = newValue } }
    }
}
