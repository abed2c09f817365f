import Foundation
import Testing

/// Every row of docs/BAD_INPUT.md through the built `vi-gallery`: the exit
/// status and message the table promises, and no file written on failure.
@Suite struct BadInputCommandLineTests {
    @Test(arguments: BadInputCommandLineCase.all)
    func eachRowGetsItsStatusAndMessage(_ testCase: BadInputCommandLineCase) throws {
        let folder = try TemporaryFolder()
        if let data = testCase.data { try folder.write(data, to: "data.csv") }
        switch testCase.setup {
        case .nothing: break
        case .folder(let name): try FileManager.default.createDirectory(at: folder.file(name), withIntermediateDirectories: false)
        case .file(let name): try folder.write("not a folder", to: name)
        }
        let before = try folder.fileNames()

        let run = try GalleryProcess.run(testCase.arguments, in: folder.url)

        #expect(run.status == testCase.status, "standard error: \(run.standardError)")
        #expect((run.standardError + run.standardOutput).contains(testCase.message), "standard error: \(run.standardError)")
        if testCase.status == 0 {
            #expect(try folder.fileNames() != before, "a successful run writes its figure")
            if testCase.arguments.first == "distplot" {
                let figure = try Data(contentsOf: folder.file("figure.png"))
                #expect(Array(figure.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            }
        } else {
            #expect(try folder.fileNames() == before, "a failed run writes nothing, not even a temporary file")
            if testCase.arguments.first == "distplot" {
                #expect(run.standardOutput.isEmpty)
            }
        }
    }

    @Test func aFailedRunLeavesAnExistingFigureUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write("x\n1\nabc\n", to: "data.csv")
        try folder.write("the previous figure", to: "figure.png")
        let run = try GalleryProcess.run(BadInputCommandLineCase.distplot(), in: folder.url)
        #expect(run.status == 1)
        #expect(try String(contentsOf: folder.file("figure.png"), encoding: .utf8) == "the previous figure")
        #expect(try folder.fileNames() == ["data.csv", "figure.png"])
    }

    /// Root may write anywhere, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0, "root may write into read-only folders"))
    func aReadOnlyFolderIsReportedAndLeftEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("x\n1\n2\n3\n", to: "data.csv")
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }

        let run = try GalleryProcess.run(["distplot", "data.csv", "--output", "locked/figure.png"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("locked is not writable"))
        #expect(try folder.fileNames(in: "locked").isEmpty)
    }
}
