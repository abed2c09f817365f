import Plot
import Stats

extension GalleryFigure {
    /// The notebook's figure: the four Laplace components of the intended
    /// data, each a distplot on one 14x10 inch axes.
    static let components = GalleryFigure(
        name: "components",
        summary: "The notebook's figure: a distplot of each of the 4 Laplace components (intended data, 14x10 in)."
    ) { dpi in
        let figure = Figure(width: NotebookCell.figureSize.width, height: NotebookCell.figureSize.height, dpi: dpi)
        try NotebookCell.drawComponents(of: NotebookData.generate(variant: .intended), on: figure.addAxes())
        return figure
    }
}
