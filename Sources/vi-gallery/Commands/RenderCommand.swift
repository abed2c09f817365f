import ArgumentParser

/// `vi-gallery render NAME...`: chosen figures only.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the named figures.",
        discussion: """
            Each figure NAME is written as NAME.EXT for every format. \
            'vi-gallery list' shows the names. An unknown name or format is a \
            usage error (exit status 2).
            """)

    @Argument(help: ArgumentHelp("Figure names: \(GalleryFigure.names.joined(separator: ", ")).", valueName: "name"))
    var names: [String]

    @OptionGroup var options: RenderOptions

    func validate() throws {
        let valid = GalleryFigure.names.joined(separator: ", ")
        for name in names where GalleryFigure.named(name) == nil {
            throw ValidationError("unknown figure '\(name)'; valid figures: \(valid)")
        }
    }

    func run() throws {
        var seen = Set<String>()
        let figures = names.filter { seen.insert($0).inserted }.compactMap(GalleryFigure.named)
        try GalleryWriter(options: options).write(figures)
    }
}
