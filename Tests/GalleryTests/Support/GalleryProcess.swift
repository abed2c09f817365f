import Foundation

/// What one run of the built `vi-gallery` executable did.
struct GalleryRun {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs the `vi-gallery` executable that `swift build` put next to this
/// test bundle, as a user would run it.
enum GalleryProcess {
    /// The build products folder: the one holding this target's resource bundle.
    static var productsDirectory: URL {
        Bundle.module.bundleURL.deletingLastPathComponent()
    }

    /// The built executable.
    static var executable: URL {
        productsDirectory.appendingPathComponent("vi-gallery")
    }

    /// Runs `vi-gallery arguments…` in `directory`, feeding `input` to its
    /// standard input; output is collected through files so that large
    /// output cannot block the child.
    static func run(
        _ arguments: [String], in directory: URL, input: [UInt8] = [], environment: [String: String] = [:]
    ) throws -> GalleryRun {
        let scratch = try TemporaryFolder()
        let inputURL = try scratch.write(input, to: "stdin")
        let outputURL = try scratch.write([], to: "stdout")
        let errorURL = try scratch.write([], to: "stderr")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let inputHandle = try FileHandle(forReadingFrom: inputURL)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer {
            try? inputHandle.close()
            try? outputHandle.close()
            try? errorHandle.close()
        }
        process.standardInput = inputHandle
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        return GalleryRun(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }
}
