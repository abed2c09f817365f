import Foundation

/// The shared `main` of the whole-process benchmark programs: runs the body
/// with the arguments and turns any error into a message on standard error
/// and a non-zero exit status (2 for bad usage, 1 otherwise).
///
/// ```swift
/// BenchmarkProgram.run(usage: "notebook-figure OUT.png|OUT.pdf") { arguments in
///     guard arguments.count == 1 else { throw BenchmarkArgumentError.usage("notebook-figure OUT.png|OUT.pdf") }
///     // ...
/// }
/// ```
public enum BenchmarkProgram {
    /// Runs `body` with the command-line arguments after the program name, then exits.
    public static func run(_ body: ([String]) throws -> Void) -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let name = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "benchmark"
        do {
            try body(arguments)
            exit(0)
        } catch let error as BenchmarkArgumentError {
            FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
            exit(2)
        } catch {
            FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
            exit(1)
        }
    }
}
