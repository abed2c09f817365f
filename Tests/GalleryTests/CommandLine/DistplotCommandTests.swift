import Foundation
import Testing

/// `vi-gallery distplot`: its JSON against numpy/scipy/seaborn, its files,
/// and its errors, run through the built executable.
@Suite struct DistplotCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func report(_ run: GalleryRun) throws -> Fixtures.Report {
        try JSONDecoder().decode(Fixtures.Report.self, from: Data(run.standardOutput.utf8))
    }

    private func expectClose(_ actual: [Double], _ expected: [Double], relative: Double, _ what: String) {
        #expect(actual.count == expected.count, "\(what): length")
        let scale = expected.map(abs).max() ?? 0
        let worst = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= relative * scale, "\(what): worst difference \(worst) against scale \(scale)")
    }

    @Test(arguments: Fixtures.distplotCases())
    func jsonMatchesNumpyAndSeaborn(_ testCase: Fixtures.DistplotCase) throws {
        let path = Fixtures.folder.appendingPathComponent(testCase.file).path
        let run = try GalleryProcess.run(["distplot", path, "--json"] + testCase.arguments, in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.split(separator: "\n").count == 1)
        let actual = try report(run)
        let expected = testCase.expected
        #expect(actual.n == expected.n)
        #expect(actual.dropped == expected.dropped)
        let bins = try #require(actual.bins)
        let expectedBins = try #require(expected.bins)
        #expect(bins.rule == expectedBins.rule)
        #expect(bins.edges == expectedBins.edges)
        #expect(bins.counts == expectedBins.counts)
        expectClose(bins.heights, expectedBins.heights, relative: 1e-14, "heights")
        if let expectedKDE = expected.kde {
            let kde = try #require(actual.kde)
            #expect(abs(kde.bandwidth - expectedKDE.bandwidth) <= 1e-13 * expectedKDE.bandwidth)
            expectClose(kde.x, expectedKDE.x, relative: 1e-14, "kde.x")
            // Plot's automatic KDE method may take the binned path, documented
            // within 1e-5 of the peak density (exact sums agree to ~1e-15).
            expectClose(kde.y, expectedKDE.y, relative: 1e-5, "kde.y")
        } else {
            #expect(actual.kde == nil)
            #expect(run.standardError.contains("density curve skipped"))
        }
        #expect(try folder.fileNames().isEmpty, "--json alone writes no figure")
    }

    @Test func droppedValuesAreReportedOnStandardError() throws {
        let path = Fixtures.folder.appendingPathComponent("csv/messy.csv").path
        let run = try GalleryProcess.run(["distplot", path, "--column", "value, in m", "--json"], in: folder.url)
        #expect(run.standardError.contains("column 'value, in m' (index 2): 4 observations were removed"))
    }

    @Test func standardInputReadsLikeAFile() throws {
        let url = Fixtures.folder.appendingPathComponent("csv/notebook.csv")
        let fromFile = try GalleryProcess.run(["distplot", url.path, "--column", "x", "--json"], in: folder.url)
        let fromInput = try GalleryProcess.run(
            ["distplot", "-", "--column", "x", "--json"], in: folder.url, input: Array(try Data(contentsOf: url)))
        #expect(fromInput.status == 0)
        #expect(fromInput.standardOutput == fromFile.standardOutput)
    }

    @Test func withoutOutputOrJSONTheFigureGoesToDistplotPNG() throws {
        let run = try GalleryProcess.run(["distplot", "-"], in: folder.url, input: Array("1\n2\n2\n3\n5\n".utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "wrote distplot.png\n")
        #expect(try folder.fileNames() == ["distplot.png"])
    }

    @Test func outputTakesItsFormatFromTheExtensionAndJSONStillPrints() throws {
        let run = try GalleryProcess.run(
            ["distplot", "-", "--output", "figure.pdf", "--json", "--no-kde", "--no-rug"], in: folder.url,
            input: Array("1\n2\n2\n3\n5\n".utf8))
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try report(run).kde == nil)
        #expect(try folder.fileNames() == ["figure.pdf"])
        #expect(Array(try Data(contentsOf: folder.file("figure.pdf"))).starts(with: Array("%PDF-".utf8)))
    }

    @Test func badDataFailsWithStatus1NamingLineColumnAndValueAndWritesNothing() throws {
        let csv = try folder.write("name,height\nann,1.62\nbob,1,78\n", to: "people.csv")
        let ragged = try GalleryProcess.run(["distplot", csv.path, "--column", "height", "--output", "out.png", "--json"], in: folder.url)
        #expect(ragged.status == 1)
        #expect(ragged.standardError.contains("\(csv.path): line 3: expected 2 fields (as in the first row), found 3"))
        #expect(ragged.standardOutput.isEmpty)

        try folder.write("name,height\nann,1.62\nbob,tall\n", to: "people.csv")
        let text = try GalleryProcess.run(["distplot", csv.path, "--column", "height", "--output", "out.png"], in: folder.url)
        #expect(text.status == 1)
        #expect(text.standardError.contains("\(csv.path): line 3, column 'height' (index 1): 'tall' is not a number"))
        #expect(try folder.fileNames() == ["people.csv"])
    }

    @Test func aMissingColumnListsTheHeadersNames() throws {
        let run = try GalleryProcess.run(["distplot", "-", "--column", "weight"], in: folder.url, input: Array("name,height\nann,1.62\n".utf8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("no column named 'weight'; the header has: 'name', 'height'"))
    }

    @Test(arguments: [("", "no data"), ("x\n", "no data rows"), ("x\nnan\ninf\n", "no finite data values")])
    func dataWithNothingToPlotIsAnError(input: String, message: String) throws {
        let run = try GalleryProcess.run(["distplot", "-", "--json"], in: folder.url, input: Array(input.utf8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("standard input"))
        #expect(run.standardError.contains(message))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func binsTooNarrowForFiniteHeightsAreAnErrorAndNoFigureIsWritten() throws {
        let run = try GalleryProcess.run(
            ["distplot", "-", "--json", "--output", "tiny.png"], in: folder.url, input: Array("0\n5e-324\n1e-323\n".utf8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("are too narrow for density heights, which overflow to infinity"))
        #expect(try folder.fileNames().isEmpty)
    }

    @Test func aMissingFileIsAnError() throws {
        let run = try GalleryProcess.run(["distplot", "missing.csv"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("missing.csv: cannot read: No such file or directory"))
    }

    @Test func aRangeWiderThanTheLargestDoubleIsAnErrorNamingTheColumn() throws {
        let run = try GalleryProcess.run(
            ["distplot", "-", "--output", "wide.png"], in: folder.url, input: Array("span\n1e308\n-1e308\n0\n".utf8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("standard input, column 'span' (index 0): "))
        #expect(try folder.fileNames().isEmpty)
    }

    /// A column name the font cannot draw: the figure is written, and
    /// standard error names the characters that show as boxes.
    @Test func missingGlyphsInTheLabelAreNamed() throws {
        let csv = try folder.write("中文\n1\n2\n3\n5\n", to: "cjk.csv")
        let run = try GalleryProcess.run(["distplot", csv.path, "--output", "cjk.png"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("no glyph for U+4E2D (中), U+6587 (文)"), "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("cjk.png").path))
    }
}
