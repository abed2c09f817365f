import Foundation
@testable import Plot

/// The demo figure of the foundation issue: line, bars, fill, text, legend,
/// axis labels and title — the same calls as `demo` in
/// Tools/reference/render_reference.py makes with matplotlib.
func makeDemoFigure() throws -> Figure {
    let figure = Figure()
    let axes = figure.addAxes()
    let xs = (0...100).map { Double($0) * 0.1 }
    try axes.plot(xs, xs.map { sin($0) }, label: "sin(x)")
    try axes.bar(edges: [1, 2, 3, 4], heights: [0.5, -0.3, 0.8], alpha: 0.6, label: "bars")
    try axes.fillBetween(xs, xs.map { 0.5 * cos($0) }, alpha: 0.3, label: "band")
    axes.text("peak", x: 1.6, y: 1.02)
    axes.xLabel = "x"
    axes.yLabel = "y value"
    axes.title = "Demo figure"
    axes.showLegend()
    return figure
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
