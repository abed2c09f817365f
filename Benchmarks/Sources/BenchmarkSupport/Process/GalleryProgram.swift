import Foundation

/// Runs the root package's `vi-gallery` as a child process, as a user would.
///
/// ```swift
/// let status = try GalleryProgram.run(GalleryProgram.releaseBuild, arguments: ["all", "--output", "/tmp/g"])
/// ```
public enum GalleryProgram {
    /// A child process that did not finish cleanly.
    public struct Failure: Error, CustomStringConvertible {
        /// The program and its arguments.
        public let command: [String]
        /// Its exit status.
        public let status: Int32

        /// Which command failed and how.
        public var description: String {
            "\(command.joined(separator: " ")) exited with status \(status); run it by hand to see its message"
        }
    }

    /// `vi-gallery` in the folder of the running program (the release build of
    /// this package, where `swift build -c release --product vi-gallery` puts it).
    public static var releaseBuild: URL {
        let running = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return running.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("vi-gallery")
    }

    /// Runs `program` with `arguments`, its output discarded, and waits for it.
    ///
    /// - Returns: the exit status, 0.
    /// - Throws: ``Failure`` for any other status, or the launch error.
    @discardableResult
    public static func run(_ program: URL, arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(command: [program.path] + arguments, status: process.terminationStatus)
        }
        return process.terminationStatus
    }
}
