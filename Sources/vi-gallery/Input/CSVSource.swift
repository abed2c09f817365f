import Plot

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where CSV bytes come from: a file, or standard input (`-`).
enum CSVSource: Equatable {
    /// A file, by the bytes of its path (names need not be UTF-8).
    case file(path: RawFilePath)
    case standardInput

    /// `-` means standard input; anything else is the file at `path`.
    init(argument: String, path: RawFilePath) {
        self = argument == "-" ? .standardInput : .file(path: path)
    }

    /// The name messages use for this source.
    var name: String {
        switch self {
        case .file(let path): return path.description
        case .standardInput: return "standard input"
        }
    }

    /// Calls `body` with successive chunks of the bytes, at most
    /// `chunkSize` at a time, so that memory stays bounded by the chunk.
    func forEachChunk(
        chunkSize: Int = 1 << 20, _ body: (ArraySlice<UInt8>) throws(CSVProblem) -> Void
    ) throws(CSVProblem) {
        let descriptor: Int32
        switch self {
        case .standardInput:
            descriptor = STDIN_FILENO
        case .file(let path):
            descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
            guard descriptor >= 0 else { throw .unreadable(reason: Self.lastErrorMessage()) }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: Self.lastErrorMessage())
            }
            if count == 0 { return }
            try body(buffer[..<count])
        }
    }

    private static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }
}
