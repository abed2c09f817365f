import Foundation
import Plot
import Stats
import Testing

/// Every row of docs/BAD_INPUT.md that the library can meet, through its
/// public API: the error or warning the table promises, finite bars when
/// something is drawn, and nothing added or written when the call fails.
@Suite struct BadInputLibraryTests {
    @Test(arguments: BadInputLibraryCase.all)
    func eachRowGetsItsErrorOrWarning(_ testCase: BadInputLibraryCase) throws {
        switch testCase.call {
        case .distplot(let data, let bins, let kdeOptions):
            try checkDistplot(data, bins: bins, kdeOptions: kdeOptions, outcome: testCase.outcome)
        case .kde(let data, let bandwidth):
            expect(testCase.outcome, from: { _ = try GaussianKDE(data: data, bandwidth: bandwidth) })
        case .save(let destination):
            let folder = try TemporaryFolder()
            let url = try Self.prepare(destination, in: folder)
            let before = try folder.fileNames()
            let figure = Figure()
            try figure.addAxes().distplot([1, 2, 2, 3], rug: true)
            expect(testCase.outcome, from: { try figure.save(to: url) })
            #expect(try folder.fileNames() == before, "a failed save writes nothing, not even a temporary file")
        }
    }

    private func checkDistplot(_ data: [Double], bins: Bins?, kdeOptions: KDEOptions, outcome: BadInputLibraryCase.Outcome) throws {
        let figure = Figure()
        let axes = figure.addAxes()
        let result: DistplotResult
        do {
            result = try axes.distplot(data, bins: bins, rug: true, kdeOptions: kdeOptions)
        } catch {
            guard case .fails(let message) = outcome else {
                Issue.record("distplot threw \(error)")
                return
            }
            #expect("\(error)".contains(message), "\(error)")
            #expect(axes.artists.isEmpty, "a failed distplot adds nothing to the axes")
            return
        }
        guard case .warns(let message) = outcome else {
            Issue.record("distplot drew without an error")
            return
        }
        #expect(result.warnings.contains { $0.description.contains(message) }, "\(result.warnings)")
        #expect(result.heights?.allSatisfy(\.isFinite) == true)
        let folder = try TemporaryFolder()
        try figure.save(to: folder.file("figure.png"))
        #expect(try folder.fileNames() == ["figure.png"])
    }

    private func expect(_ outcome: BadInputLibraryCase.Outcome, from call: () throws -> Void) {
        guard case .fails(let message) = outcome else {
            Issue.record("only failures are expected of this call")
            return
        }
        do {
            try call()
            Issue.record("the call succeeded")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    private static func prepare(_ destination: BadInputLibraryCase.Destination, in folder: TemporaryFolder) throws -> URL {
        switch destination {
        case .absentFolder:
            return folder.file("absent/figure.png")
        case .fileAsFolder:
            try folder.write("not a folder", to: "blocker")
            return folder.file("blocker/figure.png")
        case .existingFolder:
            try FileManager.default.createDirectory(at: folder.file("taken.png"), withIntermediateDirectories: false)
            return folder.file("taken.png")
        case .fileExtension(let ext):
            return folder.file("figure." + ext)
        }
    }
}
