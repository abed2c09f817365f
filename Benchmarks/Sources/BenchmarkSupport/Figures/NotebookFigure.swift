import Plot
import Stats

/// The notebook's figure: `sns.distplot(values, bins="auto", kde=True, rug=True,
/// kde_kws={"linewidth": 4})` for each of its four components, on one axes of a
/// 14×10 in figure (`seed_figure.py` among the Python peers).
///
/// ```swift
/// let figure = try NotebookFigure.make(try NotebookData.generate())
/// try figure.save(to: URL(fileURLWithPath: "notebook.png"))
/// ```
public enum NotebookFigure {
    /// The figure, ready to save.
    public static func make(_ notebook: NotebookData) throws -> Figure {
        let figure = Figure(width: 14, height: 10)
        let axes = figure.addAxes()
        for component in notebook.components {
            try axes.distplot(component.values, bins: .rule(.auto), rug: true, kdeStyle: CurveStyle(lineWidth: 4))
        }
        return figure
    }

    /// The figure's file contents in `format`.
    public static func encoded(_ notebook: NotebookData, as format: OutputFormat) throws -> [UInt8] {
        try make(notebook).encoded(as: format)
    }
}
