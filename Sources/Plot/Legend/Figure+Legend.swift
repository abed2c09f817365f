/// A legend of the whole figure (matplotlib's `fig.legend(...)`): the
/// labelled artists of every axes, placed in the figure's box.
extension Figure {
    /// A figure legend and whether it sits outside the axes (matplotlib's
    /// `loc="outside upper center"` and its siblings), where constrained
    /// layout makes room for it.
    public struct FigureLegend: Sendable {
        public var options: LegendOptions
        public var isOutside: Bool

        public init(options: LegendOptions, isOutside: Bool = false) {
            self.options = options
            self.isOutside = isOutside
        }

        /// The figure side an outside legend takes room on.
        var side: AxesSide? {
            guard isOutside else { return nil }
            switch options.location {
            case .upperRight, .upperLeft, .upperCenter, .best: return .top
            case .lowerLeft, .lowerRight, .lowerCenter: return .bottom
            case .right, .centerRight: return .right
            case .centerLeft: return .left
            case .center: return nil
            }
        }
    }

    /// Asks for a legend of the figure (`fig.legend(loc=…, ncol=…,
    /// bbox_to_anchor=…)`); `anchor` is in figure fractions, and `.best`
    /// means the upper right corner, as matplotlib's figure legends have it.
    public func showLegend(_ options: LegendOptions, outside: Bool = false) {
        legend = FigureLegend(options: options, isOutside: outside)
    }

    /// The figure legend at its place on a canvas of the given size, or
    /// `nil` without one or without labelled artists.
    func legendPlacement(measurer: any TextMeasurer, canvasWidth: Double, canvasHeight: Double)
        -> (legend: LegendBox, placement: LegendBox.Placement)?
    {
        guard let legend else { return nil }
        let options = legend.options
        let entries = options.entries ?? axes.flatMap(\.labelledEntries)
        let box = LegendBox(
            entries: entries, title: options.title, style: theme.legend, textColor: theme.textColor,
            faceColor: theme.legend.faceColor ?? theme.figureFaceColor, columns: options.columns,
            showsFrame: options.showsFrame, expands: options.expands)
        let canvas = Rect(x: 0, y: 0, width: canvasWidth, height: canvasHeight)
        let placement = box.placement(
            measurer: measurer, box: canvas, anchor: options.anchor?.rect(in: canvas),
            location: options.location == .best ? .upperRight : options.location, obstacles: LegendObstacles())
        return placement.map { (box, $0) }
    }
}
