import ArgumentParser

/// The options shared by `all` and `render`: where, in which formats, at what resolution.
struct RenderOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The folder to write into; created if missing.")
    var output = "Gallery"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Comma-separated output formats: \(FormatList.validNames). (default: png,pdf)",
            valueName: "formats"),
        transform: FormatList.init(parsing:))
    var format = FormatList.gallery

    @Option(help: "Pixels per inch of PNG output (vector formats do not depend on it).")
    var dpi = 100.0

    func validate() throws {
        guard !output.isEmpty else {
            throw ValidationError("--output needs a folder name; give . for the current folder")
        }
        guard dpi.isFinite, dpi > 0 else {
            throw ValidationError("--dpi must be a positive number, got \(dpi)")
        }
    }
}
