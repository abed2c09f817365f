import Plot

/// One figure of the gallery: a name (also its file name), a one-line
/// summary for `vi-gallery list`, and how to build it.
///
/// Each figure lives in its own file as a static member, and
/// ``GalleryFigure/all`` lists them in gallery order:
/// ```swift
/// extension GalleryFigure {
///     static let example = GalleryFigure(name: "example", summary: "An example.") { dpi in
///         let figure = Figure(dpi: dpi)
///         try figure.addAxes().distplot([1, 2, 2, 3])
///         return figure
///     }
/// }
/// ```
struct GalleryFigure: Sendable {
    /// The name used on the command line and as the file name (`NAME.png`).
    let name: String
    /// A one-line description.
    let summary: String
    /// Builds the figure at the given dots per inch.
    let make: @Sendable (_ dpi: Double) throws -> Figure

    /// Every figure, in the order the gallery renders them.
    static let all: [GalleryFigure] = [
        .components, .data, .gaussianFit, .localOptima, .elboTrace, .mixtureFit, .elboLandscape, .notebookAsWritten,
    ]

    /// The figure called `name`, if any.
    static func named(_ name: String) -> GalleryFigure? {
        all.first { $0.name == name }
    }

    /// The figure names, for messages.
    static var names: [String] { all.map(\.name) }
}
