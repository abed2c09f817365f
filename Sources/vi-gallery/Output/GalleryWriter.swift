import Foundation
import Plot

/// Renders gallery figures into a folder, one progress line per figure on
/// standard output, then a summary of the files written.
///
/// A figure that fails is reported on standard error and the others are
/// still written; ``write(_:)`` then throws ``GalleryError/figuresFailed(failed:total:)``.
struct GalleryWriter {
    /// The folder as the user gave it (messages show paths relative to it).
    let folder: String
    let formats: [OutputFormat]
    let dpi: Double

    init(options: RenderOptions) {
        folder = options.output
        formats = options.format.formats
        dpi = options.dpi
    }

    /// Writes every format of every figure in `figures`.
    func write(_ figures: [GalleryFigure]) throws(GalleryError) {
        try createFolder()
        let nameWidth = figures.map(\.name.count).max() ?? 0
        var written: [String] = []
        var failed = 0
        for figure in figures {
            let started = ContinuousClock.now
            do {
                let paths = try render(figure)
                written += paths
                let seconds = (ContinuousClock.now - started) / .seconds(1)
                print(figure.name.padded(to: nameWidth) + "  " + paths.joined(separator: ", ")
                    + String(format: "  %.2f s", seconds))
            } catch {
                failed += 1
                StandardError.write("\(figure.name): FAILED: \(error)")
            }
        }
        printSummary(written)
        guard failed == 0 else { throw .figuresFailed(failed: failed, total: figures.count) }
    }

    /// Writes `figure` in every format; returns the paths written.
    private func render(_ figure: GalleryFigure) throws -> [String] {
        let drawn = try figure.make(dpi)
        return try formats.map { format in
            let path = displayPath(figure.name + "." + format.fileExtension)
            try drawn.save(to: URL(fileURLWithPath: path), format: format)
            return path
        }
    }

    private func printSummary(_ paths: [String]) {
        print("Wrote \(paths.count) file\(paths.count == 1 ? "" : "s") to \(folder):")
        let width = paths.map(\.count).max() ?? 0
        for path in paths {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print("  " + path.padded(to: width) + String(format: "  %9d bytes", size))
        }
    }

    private func createFolder() throws(GalleryError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .cannotCreateFolder(folder, reason: "a file of that name is in the way")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(folder, reason: Self.systemReason(error))
        }
    }

    /// The operating system's words for `error` ("Permission denied", "Not a
    /// directory"), rather than Foundation's "The operation could not be completed".
    private static func systemReason(_ error: any Error) -> String {
        let underlying = ((error as? CocoaError)?.underlying).map { $0 as NSError }
        guard let posix = underlying, posix.domain == NSPOSIXErrorDomain else {
            return (error as NSError).localizedDescription
        }
        return String(cString: strerror(Int32(posix.code)))
    }

    private func displayPath(_ fileName: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(fileName).relativePath
    }
}
