import Foundation
import Testing

@testable import vi_gallery

/// Help, listing and the exit statuses of usage errors, run through the built executable.
@Suite struct CommandLineContractTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test(arguments: [[], ["all"], ["list"], ["render"], ["distplot"]])
    func everyCommandHasHelp(command: [String]) throws {
        let run = try GalleryProcess.run(command + ["--help"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("USAGE: vi-gallery"))
        #expect(try folder.fileNames().isEmpty)
    }

    @Test func theRootHelpDocumentsTheExitStatuses() throws {
        let run = try GalleryProcess.run(["--help"], in: folder.url)
        #expect(run.standardOutput.contains("0 success"))
        #expect(run.standardOutput.contains("1 failure"))
        #expect(run.standardOutput.contains("2 usage error"))
    }

    @Test func listShowsEveryFigureWithItsSummary() throws {
        let run = try GalleryProcess.run(["list"], in: folder.url)
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.count == GalleryFigure.all.count)
        for (line, figure) in zip(lines, GalleryFigure.all) {
            #expect(line.hasPrefix(figure.name + " "))
            #expect(line.hasSuffix(figure.summary))
        }
    }

    @Test func anUnknownFigureIsAUsageErrorListingTheValidOnes() throws {
        let run = try GalleryProcess.run(["render", "components", "no-such-figure"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("unknown figure 'no-such-figure'"))
        for name in GalleryFigure.names {
            #expect(run.standardError.contains(name))
        }
        #expect(try folder.fileNames().isEmpty)
    }

    @Test func anUnknownFormatIsAUsageErrorListingTheValidOnes() throws {
        let run = try GalleryProcess.run(["render", "components", "--format", "png,jpeg"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("unknown format 'jpeg'; valid formats: png, pdf, svg"))
        #expect(try folder.fileNames().isEmpty)
    }

    @Test(arguments: [
        ["render"], ["render", "components", "--dpi", "0"], ["no-such-command"], ["list", "--bogus"],
        ["distplot", "data.csv", "--bins", "many"], ["distplot", "data.csv", "--output", "figure.jpg"],
    ])
    func usageErrorsExitWithStatus2(arguments: [String]) throws {
        let run = try GalleryProcess.run(arguments, in: folder.url)
        #expect(run.status == 2)
        #expect(run.standardError.contains("Error: "))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func anUnknownBinRuleListsTheValidRules() throws {
        let run = try GalleryProcess.run(["distplot", "data.csv", "--bins", "many"], in: folder.url)
        #expect(run.standardError.contains("auto, autoLegacy, fd, sturges, scott, rice, sqrt, doane, stone"))
    }
}
