import Foundation
import Testing
@testable import Plot

@Suite struct AtomicWriteTests {
    @Test func missingFolderIsReported() throws {
        let folder = try temporaryFolder().appendingPathComponent("absent")
        let target = folder.appendingPathComponent("figure.png")
        #expect(throws: PlotError.folderDoesNotExist(folder.path)) {
            try makeDemoFigure().save(to: target)
        }
    }

    @Test func directoryAsOutputIsReported() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("figure.png")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        #expect(throws: PlotError.outputIsDirectory(target.path)) {
            try makeDemoFigure().save(to: target)
        }
    }

    @Test func unknownExtensionIsReported() throws {
        let target = try temporaryFolder().appendingPathComponent("figure.jpeg")
        #expect(throws: PlotError.unsupportedFormat("jpeg")) {
            try makeDemoFigure().save(to: target)
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// /proc refuses new files even for root: the error names the path and
    /// nothing is left behind.
    @Test func unwritableFolderIsReported() throws {
        let target = URL(fileURLWithPath: "/proc/viplot-figure.png")
        do {
            try makeDemoFigure().save(to: target)
            Issue.record("saving into /proc succeeded")
        } catch {
            guard let plotError = error as? PlotError, case .cannotWrite(let path, _) = plotError else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == target.path)
        }
    }

    @Test func replacesAnExistingFileAndLeavesNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("figure.png")
        try Data("old".utf8).write(to: target)
        try makeDemoFigure().save(to: target)
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(contents == ["figure.png"])
        #expect(try Data(contentsOf: target).count > 1000)
    }

    @Test func invalidFigureSizeIsReported() throws {
        let figure = Figure(width: -1, height: 4)
        #expect(throws: PlotError.self) { try figure.encoded(as: .png) }
        let huge = Figure(width: 1000, height: 4, dpi: 100)
        #expect(throws: PlotError.self) { try huge.encoded(as: .png) }
    }
}
