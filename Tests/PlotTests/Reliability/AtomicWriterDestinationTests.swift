import Foundation
import Testing

@testable import Plot

#if canImport(Glibc)
    import Glibc
#endif

/// Saving through both kinds of temporary file (nameless, and the named
/// fallback for file systems without `O_TMPFILE`), and the destinations a
/// save must refuse, through the library.
@Suite struct AtomicWriterDestinationTests {
    private let bytes = Array("complete".utf8)

    private func permissions(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test(arguments: TemporaryFile.Kind.allCases)
    func eachKindReplacesTheFileWholeAndKeepsItsPermissions(kind: TemporaryFile.Kind) throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("figure.png")
        try Data("old".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        var file = try TemporaryFile(kind, beside: RawFilePath(target))
        try file.fill(bytes, permissions: 0o600)
        try file.commit()
        #expect(try Data(contentsOf: target) == Data(bytes))
        #expect(try permissions(target) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["figure.png"])
    }

    @Test(arguments: TemporaryFile.Kind.allCases)
    func aDiscardedFileLeavesNothing(kind: TemporaryFile.Kind) throws {
        let folder = try temporaryFolder()
        var file = try TemporaryFile(kind, beside: RawFilePath(folder.appendingPathComponent("figure.png")))
        try file.fill(bytes, permissions: nil)
        file.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aNameOf255BytesGetsAShortenedTemporaryName() throws {
        let folder = try temporaryFolder()
        let name = String(repeating: "n", count: 251) + ".png"
        var file = try TemporaryFile(.named, beside: RawFilePath(folder.appendingPathComponent(name)))
        try file.fill(bytes, permissions: nil)
        try file.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }

    @Test func aNameThatIsNotUTF8IsWrittenAsItsBytes() throws {
        let folder = try temporaryFolder()
        let name: [UInt8] = Array("figure-".utf8) + [0xFF] + Array(".png".utf8)
        try AtomicFileWriter.save(bytes, to: RawFilePath(bytes: Array(folder.path.utf8) + [UInt8(ascii: "/")] + name))
        let full = (Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
        var status = stat()
        #expect(stat(full, &status) == 0)
        #expect(status.st_size == bytes.count)
    }

    @Test func specialAndWriteProtectedFilesAreRefusedAndKept() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.png")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(throws: PlotError.notARegularFile(path: fifo.path, kind: "a FIFO (named pipe)")) {
            try makeDemoFigure().save(to: fifo)
        }
        let locked = folder.appendingPathComponent("locked.png")
        try Data("old".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: locked.path)
        #expect(throws: PlotError.writeProtected(locked.path)) { try makeDemoFigure().save(to: locked) }
        #expect(try Data(contentsOf: locked) == Data("old".utf8))
        let slashed = URL(fileURLWithPath: folder.appendingPathComponent("figure.png").path + "/")
        #expect(throws: PlotError.pathNamesFolder(folder.appendingPathComponent("figure.png").path + "/")) {
            try makeDemoFigure().save(to: slashed)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["locked.png", "pipe.png"])
    }
}
