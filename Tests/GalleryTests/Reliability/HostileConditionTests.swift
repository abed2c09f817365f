import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every row of the hostile-condition tables of docs/BAD_INPUT.md through the
/// built `vi-gallery`, bounded in time and memory: the exit status or signal
/// and the message the table promises, and afterwards no crash, no hidden
/// temporary file anywhere in the folder, and the files as the row says.
@Suite struct HostileConditionTests {
    /// Signals that mean a crash, never an expected end.
    private static let crashSignals: Set<Int32> = [SIGILL, SIGABRT, SIGSEGV, SIGBUS, SIGTRAP, SIGFPE]

    @Test(arguments: HostileConditionCase.all)
    func eachConditionGetsWhatTheTableSays(_ testCase: HostileConditionCase) throws {
        let folder = try TemporaryFolder()
        try folder.write(testCase.data, to: "data.csv")
        let run = try BoundedProcess.run(testCase.script, in: folder.url)
        let output = run.standardError + run.standardOutput

        #expect(!run.timedOut, "the run outlived its time limit")
        if let signal = run.signal { #expect(!Self.crashSignals.contains(signal), "crashed with signal \(signal): \(output)") }
        switch testCase.outcome {
        case .exits(let status):
            #expect(run.exitStatus == status, "signal \(run.signal.map(String.init) ?? "none"); output: \(output)")
        case .killedBy(let signal):
            #expect(run.signal == signal, "exit status \(run.exitStatus.map(String.init) ?? "none"); output: \(output)")
        case .killedByOrSucceeds(let signal):
            #expect(run.signal == signal || run.exitStatus == 0, "output: \(output)")
        }
        if let message = testCase.message { #expect(output.contains(message), "output: \(output)") }
        #expect(try Self.hiddenFiles(in: folder.url).isEmpty, "a temporary file was left behind")
        for check in testCase.checks { try Self.verify(check, in: folder, run: run) }
    }

    /// Every name starting with `.` anywhere under `folder` (temporary files are `.NAME.XXXXXX`).
    private static func hiddenFiles(in folder: URL) throws -> [String] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return names.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
    }

    private static func verify(_ check: HostileConditionCase.Check, in folder: TemporaryFolder, run: BoundedRun) throws {
        let path = { (name: String) in folder.file(name).path }
        switch check {
        case .png(let name, let permissions):
            let bytes = try Data(contentsOf: folder.file(name))
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name) is a PNG")
            #expect(Array(bytes.suffix(8)) == [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "\(name) ends with IEND")
            #expect(try fileStatus(path(name)).st_mode & 0o7777 == permissions, "permissions of \(name)")
        case .absent(let name):
            #expect(!FileManager.default.fileExists(atPath: path(name)), "\(name) should not exist")
        case .unchanged(let name, let text):
            #expect(try String(contentsOf: folder.file(name), encoding: .utf8) == text, "\(name) was changed")
        case .stillFIFO(let name):
            #expect(try fileStatus(path(name)).st_mode & S_IFMT == S_IFIFO, "\(name) is still a FIFO")
        case .stillSymlink(let name):
            #expect(try fileStatus(path(name), following: false).st_mode & S_IFMT == S_IFLNK, "\(name) is still a link")
        case .fileNamed(let bytes):
            let full = (Array(folder.url.path.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) }
            var status = stat()
            #expect(stat(full, &status) == 0, "a file named with exactly the bytes \(bytes)")
        case .peakMemoryBelow(let limit):
            #expect(run.peakResidentBytes < limit, "peak resident memory \(run.peakResidentBytes / 1_048_576) MiB")
        case .outputShorterThan(let limit):
            #expect((run.standardError + run.standardOutput).utf8.count < limit)
        }
    }

    private static func fileStatus(_ path: String, following: Bool = true) throws -> stat {
        var status = stat()
        guard (following ? stat(path, &status) : lstat(path, &status)) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ENOENT)
        }
        return status
    }
}
