import ArgumentParser
import Foundation
import Plot

/// The `vi-gallery` command: renders the notebook's figures, fits its target and draws
/// distplots of CSV data.
@main
struct VIGallery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vi-gallery",
        abstract: "Render the variational-inference gallery of VIPlot, fit the notebook's target, or draw a distplot of your own data.",
        discussion: """
            With no subcommand, renders every figure as PNG and PDF into ./Gallery.

            Exit status: 0 success; 1 failure (unreadable or invalid data, a file \
            that could not be written, a figure that failed); 2 usage error \
            (unknown option, subcommand, figure name or format).
            """,
        subcommands: [AllCommand.self, ListCommand.self, RenderCommand.self, DistplotCommand.self, FitCommand.self],
        defaultSubcommand: AllCommand.self)

    /// The exit status of a command-line usage error.
    static let usageExitStatus: Int32 = 2

    /// Runs the command like ArgumentParser's `main()`, but exits with status
    /// 2 (not `EX_USAGE`, 64) on usage errors, as the discussion documents,
    /// and with status 1 when standard output could not take the output.
    static func main() {
        ConsoleStream.claimClosedDescriptors()
        TemporaryFileCleanup.installSignalHandlers()
        var status = ExitCode.success
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            status = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty { (status.isSuccess ? ConsoleStream.output : ConsoleStream.error).write(message) }
            if status == .validationFailure { status = ExitCode(usageExitStatus) }
        }
        if let reason = ConsoleStream.output.failure {
            ConsoleStream.error.write("vi-gallery: cannot write to standard output: \(reason)")
            if status.isSuccess { status = .failure }
        }
        Self.exit(withError: status.isSuccess ? nil : status)
    }
}
