import ArgumentParser

/// `vi-gallery all` (the default): every figure, as PNG and PDF unless told otherwise.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Render every figure of the gallery (the default command).",
        discussion: """
            Writes NAME.png and NAME.pdf for each figure into ./Gallery (or --output), \
            one progress line per figure, then lists the files written. Exits with \
            status 1 if any figure could not be written; the others are still written.
            """)

    @OptionGroup var options: RenderOptions

    func run() throws {
        try GalleryWriter(options: options).write(GalleryFigure.all)
    }
}
