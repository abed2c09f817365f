import ArgumentParser

/// `vi-gallery list`: the figure names, each with its summary.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the gallery's figures with a one-line description each.")

    func run() {
        let width = GalleryFigure.names.map(\.count).max() ?? 0
        for figure in GalleryFigure.all {
            ConsoleStream.output.write(figure.name.padded(to: width) + "  " + figure.summary)
        }
    }
}
