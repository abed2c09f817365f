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
        let figure = Figure(width: 14, height: 10)
        try figure.addAxes().distplot((0..<200).map { sin(Double($0)) }, rug: true)
        for _ in 0..<10 { _ = try figure.encoded(as: .png) }  // warm caches (fonts, allocator)
        let before = try #require(Self.residentBytes())
        for index in 0..<120 { _ = try figure.encoded(as: index % 2 == 0 ? .png : .pdf) }
        let after = try #require(Self.residentBytes())
        // One leaked 1400x1000 canvas per PNG render would add ~340 MB here;
        // the margin leaves room for tests running at the same time.
        #expect(after - before < 128 << 20, "resident memory grew by \((after - before) >> 20) MB")
    }
}
