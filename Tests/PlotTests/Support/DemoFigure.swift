import Foundation
@testable import Plot

/// The demo figure of the foundation issue (line, bars, fill, text, legend,
/// axis labels, title): the same calls as `build_demo` in
/// Tools/reference/render_reference.py, on the fixture's data.
func makeDemoFigure() throws -> Figure {
    try SeabornGeometryTests.build(SeabornFixture.load("demo"))
}

/// A fresh empty folder under the system's temporary directory.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("viplot-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a command-line tool if it is installed; `nil` when it is not.
func runTool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard let executable = searchPath.split(separator: ":")
        .map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { return nil }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
