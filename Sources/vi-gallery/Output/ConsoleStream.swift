import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output or standard error, written with `write(2)`.
///
/// `FileHandle.standardError.write` traps when the stream is full or
/// closed, and `print` buffers in stdio, which loses its output silently at
/// exit. Here a failed write is only recorded: ``failure`` says why, and
/// `vi-gallery` exits with status 1 when standard output lost anything.
///
/// ```swift
/// ConsoleStream.output.write(json)
/// ConsoleStream.error.write("warning: …")
/// ```
struct ConsoleStream: Sendable {
    /// Results: JSON, tables, progress lines.
    static let output = ConsoleStream(descriptor: STDOUT_FILENO)
    /// Warnings and errors.
    static let error = ConsoleStream(descriptor: STDERR_FILENO)

    /// What every stream has met so far; one lock also keeps lines whole.
    private struct State {
        /// Descriptors that were closed when the program started.
        var closedAtStart: Set<Int32> = []
        /// The first failure of each descriptor.
        var failures: [Int32: String] = [:]
    }

    private static let state = Mutex(State())

    let descriptor: Int32

    /// Puts `/dev/null` on standard input, output or error where one is
    /// closed, so that no file the program opens takes its number (and
    /// receives its output); a closed output stream still counts as failed.
    static func claimClosedDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 {
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            state.withLock { _ = $0.closedAtStart.insert(descriptor) }
        }
    }

    /// Writes `line` and a newline, in full or not at all as far as the
    /// caller can tell: a failure is recorded, never thrown or trapped.
    func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        Self.state.withLock { state in
            guard state.failures[descriptor] == nil else { return }
            if state.closedAtStart.contains(descriptor) {
                state.failures[descriptor] = String(cString: strerror(EBADF))
                return
            }
            if let reason = writeAll(bytes, to: descriptor) { state.failures[descriptor] = reason }
        }
    }

    /// Why a write to this stream failed, or `nil` when none did.
    var failure: String? {
        Self.state.withLock { $0.failures[descriptor] }
    }
}

/// Writes every byte of `bytes` to `descriptor`, retrying interrupted and
/// partial writes; returns the system's reason when the stream refuses them.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
