import Plot
import Stats

/// The figure `distplot_n.py` draws: `sns.histplot(x, stat="density", bins="auto",
/// kde=True)` and then `sns.rugplot(x)` on a 14×10 in figure.
///
/// ```swift
/// let figure = try MixtureFigure.make(try MixtureSample.values(count: 1_000_000), rug: true)
/// ```
public enum MixtureFigure {
    /// The figure, ready to save; `rug: false` leaves out the rug, as `--no-rug`.
    public static func make(_ values: [Double], rug: Bool) throws -> Figure {
        let figure = Figure(width: 14, height: 10)
        let axes = figure.addAxes()
        try axes.histplot(values, options: HistogramOptions(stat: .density, bins: .rule(.auto)), kde: true)
        if rug {
            axes.rugplot(values)
        }
        return figure
    }

    /// The figure's file contents in `format`.
    public static func encoded(_ values: [Double], rug: Bool, as format: OutputFormat) throws -> [UInt8] {
        try make(values, rug: rug).encoded(as: format)
    }
}
