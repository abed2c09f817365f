/// Everything that can go wrong while building or writing a figure, with a
/// message a user can act on.
public enum PlotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file extension or format name is not png, pdf or svg.
    case unsupportedFormat(String)
    /// The folder that should hold the output file does not exist.
    case folderDoesNotExist(String)
    /// The output path names an existing folder, not a file.
    case outputIsDirectory(String)
    /// The output path ends with `/`, so it names a folder, not a file.
    case pathNamesFolder(String)
    /// Something other than a regular file (a FIFO, a device, a socket) is
    /// at the output path; it is never replaced.
    case notARegularFile(path: String, kind: String)
    /// The file at the output path is write-protected; it is left as it is.
    case writeProtected(String)
    /// The file could not be written (permissions, full disk, …).
    case cannotWrite(path: String, reason: String)
    /// The figure's size or dpi is not positive and finite, or too large.
    case invalidFigureSize(String)
    /// A bundled font file could not be found or opened.
    case fontUnavailable(String)
    /// Cairo reported an error.
    case cairo(String)
    /// An argument of a plotting call is unusable (e.g. mismatched lengths).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let ext):
            let shown = ext.isEmpty ? "(none)" : "'\(ext)'"
            return "unsupported output format \(shown): use png, pdf or svg"
        case .folderDoesNotExist(let path):
            return "the folder \(path) does not exist: create it first"
        case .outputIsDirectory(let path):
            return "\(path) is a folder: give a file name such as \(path)/figure.png"
        case .pathNamesFolder(let path):
            return "\(path) ends with '/', so it names a folder, not a file: drop the slash or add a file name"
        case .notARegularFile(let path, let kind):
            return "\(path) is \(kind), not a regular file, and is never replaced: give the path of a regular file"
        case .writeProtected(let path):
            return "\(path) is write-protected and is left as it is: make it writable (chmod u+w) or remove it first"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .invalidFigureSize(let reason):
            return "invalid figure size: \(reason)"
        case .fontUnavailable(let reason):
            return "font unavailable: \(reason)"
        case .cairo(let reason):
            return "Cairo failed: \(reason)"
        case .invalidArgument(let reason):
            return reason
        }
    }
}
