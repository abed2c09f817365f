import ArgumentParser

/// The `vi-gallery` command: renders the notebook's figures.
@main
struct VIGallery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vi-gallery",
        abstract: "Render the variational-inference gallery of VIPlot.")

    func run() throws {
        print("vi-gallery: nothing to render yet")
    }
}
