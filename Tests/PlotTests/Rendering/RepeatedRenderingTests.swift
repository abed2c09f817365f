import Foundation
import Testing
@testable import Plot

/// Rendering the same figure many times must not grow memory: every Cairo
/// surface, context and font option set is released.
@Suite struct RepeatedRenderingTests {
    /// Resident memory in bytes, from /proc (Linux only).
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test(.enabled(if: residentBytes() != nil))
    func memoryStaysFlatOverManyRenders() throws {
        let figure = try makeDemoFigure()
        for _ in 0..<20 { _ = try figure.encoded(as: .png) }  // warm caches (fonts, allocator)
        let before = try #require(Self.residentBytes())
        for index in 0..<200 { _ = try figure.encoded(as: index % 2 == 0 ? .png : .pdf) }
        let after = try #require(Self.residentBytes())
        // One leaked 640x480 canvas per render would add ~240 MB here.
        #expect(after - before < 16 << 20, "resident memory grew by \((after - before) >> 20) MB")
    }
}
