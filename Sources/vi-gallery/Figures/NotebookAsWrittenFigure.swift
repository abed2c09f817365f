import Plot
import Stats

extension GalleryFigure {
    /// The notebook's sampling bug side by side with the intended sampling:
    /// `len(idxs)` is 1, so as written each component draws a single value
    /// (a one-bar histogram, no density curve).
    static let notebookAsWritten = GalleryFigure(
        name: "notebook-as-written",
        summary: "What the notebook's code literally draws (one value per component) beside the intended data."
    ) { dpi in
        let figure = Figure(width: NotebookCell.figureSize.width, height: NotebookCell.figureSize.height / 2, dpi: dpi)
        let panels = try figure.subplots(rows: 1, columns: 2)[0]
        let variants: [(NotebookData.Variant, title: String, caption: String)] = [
            (.asWritten, "As written: laplace(mean, scale, len(idxs))",
             "np.where gives a tuple: one draw per component, no KDE"),
            (.intended, "Intended: laplace(mean, scale, len(idxs[0]))",
             "one draw per point: 200 values over 4 components"),
        ]
        for (axes, variant) in zip(panels, variants) {
            try NotebookCell.drawComponents(of: NotebookData.generate(variant: variant.0), on: axes)
            axes.title = variant.title
            axes.text(
                variant.caption, x: 0.02, y: 0.96, alignment: TextAlignment(.left, .top),
                xSpace: .axesFraction, ySpace: .axesFraction)
        }
        return figure
    }
}
