import Plot
import Stats

/// The notebook's plotting cell, shared by the figures that reproduce it.
enum NotebookCell {
    /// The notebook's figure size, `figsize=(14, 10)` inches.
    static let figureSize = (width: 14.0, height: 10.0)

    /// One component as the notebook draws it:
    /// `sns.distplot(x, bins="auto", kde=True, rug=True, kde_kws={"linewidth": 4}, ax=ax)`.
    static func drawComponents(of data: NotebookData, on axes: Axes) throws {
        for component in data.components {
            try axes.distplot(component.values, bins: .rule(.auto), kde: true, rug: true, kdeStyle: CurveStyle(lineWidth: 4))
        }
    }
}
