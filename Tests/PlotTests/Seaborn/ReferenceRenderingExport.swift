import Foundation
import Testing
@testable import Plot

/// Writes our renderings of the seaborn reference figures as PNG into the
/// folder named by VIPLOT_REFERENCE_OUTPUT, for Tools/reference/compare.sh to
/// score against seaborn's. Skipped unless that variable is set.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VIPLOT_REFERENCE_OUTPUT"] != nil))
struct ReferenceRenderingExport {
    @Test(arguments: SeabornGeometryTests.names)
    func export(name: String) throws {
        let folder = try #require(ProcessInfo.processInfo.environment["VIPLOT_REFERENCE_OUTPUT"])
        let figure = try SeabornGeometryTests.build(SeabornFixture.load(name))
        try figure.save(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).png"))
    }
}
