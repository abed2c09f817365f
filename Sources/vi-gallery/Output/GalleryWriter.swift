import Foundation
import Plot
import Synchronization

/// Renders gallery figures into a folder, one progress line per figure on
/// standard output, then a summary of the files written.
///
/// A figure that fails is reported on standard error and the others are
/// still written; ``write(_:)`` then throws ``GalleryError/figuresFailed(failed:total:)``.
struct GalleryWriter {
    /// The folder as the user gave it (messages show paths relative to it).
    let folder: OutputFolder
    let formats: [OutputFormat]
    let dpi: Double

    init(options: RenderOptions) {
        folder = OutputFolder(path: RawArguments.path(options.output))
        formats = options.format.formats
        dpi = options.dpi
    }

    /// Writes every format of every figure in `figures`, drawing the
    /// figures in parallel (they are independent). Progress lines come in
    /// gallery order, each as soon as its figure and those before it are done.
    func write(_ figures: [GalleryFigure]) throws(GalleryError) {
        try folder.create()
        let nameWidth = figures.map(\.name.count).max() ?? 0
        let progress = Mutex(GalleryProgress(count: figures.count))
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            let figure = figures[index]
            let started = ContinuousClock.now
            let outcome: GalleryProgress.Outcome
            do {
                let paths = try render(figure)
                let seconds = (ContinuousClock.now - started) / .seconds(1)
                outcome = .written(paths, line: figure.name.padded(to: nameWidth) + "  "
                    + paths.map(\.description).joined(separator: ", ") + String(format: "  %.2f s", seconds))
            } catch {
                outcome = .failed(message: "\(figure.name): FAILED: \(error)")
            }
            progress.withLock { $0.record(outcome, at: index) }
        }
        let written = progress.withLock { $0.writtenPaths }
        printSummary(written.paths)
        guard written.failed == 0 else { throw .figuresFailed(failed: written.failed, total: figures.count) }
    }

    /// Writes `figure` in every format; returns the paths written.
    private func render(_ figure: GalleryFigure) throws -> [RawFilePath] {
        let drawn = try figure.make(dpi)
        return try formats.map { format in
            let path = folder.path.appending(figure.name + "." + format.fileExtension)
            try AtomicFileWriter.validateDestination(path)
            try AtomicFileWriter.save(try drawn.encoded(as: format), to: path)
            return path
        }
    }

    private func printSummary(_ paths: [RawFilePath]) {
        ConsoleStream.output.write("Wrote \(paths.count) file\(paths.count == 1 ? "" : "s") to \(folder.path):")
        let width = paths.map(\.description.count).max() ?? 0
        for path in paths {
            let size = folder.sizeOfFile(path)
            ConsoleStream.output.write("  " + path.description.padded(to: width) + String(format: "  %9d bytes", size))
        }
    }
}

/// The figures finished so far, reported in gallery order.
private struct GalleryProgress {
    enum Outcome {
        case written([RawFilePath], line: String)
        case failed(message: String)
    }

    private var outcomes: [Outcome?]
    private var nextToReport = 0

    init(count: Int) {
        outcomes = Array(repeating: nil, count: count)
    }

    /// Records a finished figure and reports every finished one that is next in order.
    mutating func record(_ outcome: Outcome, at index: Int) {
        outcomes[index] = outcome
        while nextToReport < outcomes.count, let ready = outcomes[nextToReport] {
            switch ready {
            case .written(_, let line): ConsoleStream.output.write(line)
            case .failed(let message): ConsoleStream.error.write(message)
            }
            nextToReport += 1
        }
    }

    /// The files written, in gallery order, and how many figures failed.
    var writtenPaths: (paths: [RawFilePath], failed: Int) {
        var paths: [RawFilePath] = []
        var failed = 0
        for outcome in outcomes {
            if case .written(let files, _)? = outcome { paths += files } else { failed += 1 }
        }
        return (paths, failed)
    }
}
