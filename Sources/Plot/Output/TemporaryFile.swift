#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file being written beside its destination, renamed over it once complete.
///
/// On Linux it starts nameless (`O_TMPFILE`), so a process killed while
/// writing, even by SIGKILL, leaves nothing; only when complete is it linked
/// under a hidden name (`.NAME.XXXXXX`, NAME shortened so that the name fits
/// in 255 bytes) and renamed at once. Where the file system has no nameless
/// files the hidden name is created first, and ``TemporaryFileCleanup``
/// removes it if a signal ends the process. Either way the file is created
/// with mode `0666 & ~umask`.
struct TemporaryFile {
    /// How the file starts.
    enum Kind: CaseIterable {
        /// `O_TMPFILE` (Linux), linked by `/proc/self/fd` when complete.
        case nameless
        /// A hidden name from the start (`O_CREAT | O_EXCL`).
        case named
    }

    /// A name the file has, and its registration for cleanup.
    private struct Name {
        let path: RawFilePath
        let registration: Registration
    }

    private static let nameLimit = 255
    private static let suffixLength = 6
    private static let suffixAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    private let destination: RawFilePath
    /// `nil` once closed.
    private var descriptor: Int32?
    /// `nil` while nameless, and once renamed or removed.
    private var name: Name?

    /// Creates an empty temporary file of `kind` in the folder of `destination`.
    init(_ kind: Kind, beside destination: RawFilePath) throws(SystemCallError) {
        self.destination = destination
        switch kind {
        case .nameless:
            #if os(Linux)
                let opened = destination.folder.withCString { open($0, Self.namelessFlags | O_WRONLY | O_CLOEXEC, 0o666) }
                guard opened >= 0 else { throw .last }
                // linkat names it through /proc; without /proc, fall back.
                guard access(Self.procPath(of: opened), F_OK) == 0 else {
                    close(opened)
                    throw SystemCallError(code: ENOENT)
                }
                descriptor = opened
            #else
                throw SystemCallError(code: EOPNOTSUPP)
            #endif
        case .named:
            var opened: Int32 = -1
            name = try Self.claimName(beside: destination) { path in
                opened = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
                return opened >= 0 ? nil : .last
            }
            descriptor = opened
        }
    }

    #if os(Linux)
        /// `O_TMPFILE`, which Glibc's Swift overlay does not export (its x86-64 and arm64 value).
        private static let namelessFlags: Int32 = 0o20_200_000
    #endif

    /// The name of an open file under `/proc`, which `linkat` can give a new name.
    private static func procPath(of descriptor: Int32) -> String { "/proc/self/fd/\(descriptor)" }

    /// Writes all of `bytes`, gives the file `permissions` when given (else
    /// it keeps `0666 & ~umask`), and flushes it to disk.
    func fill(_ bytes: [UInt8], permissions: mode_t?) throws(SystemCallError) {
        guard let descriptor else { throw SystemCallError(code: EBADF) }
        let failed: SystemCallError? = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .last
                }
                offset += written
            }
            return nil
        }
        if let failed { throw failed }
        if let permissions, fchmod(descriptor, permissions) != 0 { throw .last }
        guard fsync(descriptor) == 0 else { throw .last }
    }

    /// Names the file if it is still nameless, closes it and renames it over
    /// the destination. The temporary name is gone afterwards, whatever happens.
    ///
    /// A nameless file whose destination does not exist yet is linked
    /// straight to it, so it never has a temporary name at all; replacing a
    /// file needs a name for the instant before `rename`.
    mutating func commit() throws(SystemCallError) {
        if name == nil, let descriptor {
            let link = Self.procPath(of: descriptor)
            if destination.withCString({ linkat(AT_FDCWD, link, AT_FDCWD, $0, AT_SYMLINK_FOLLOW) }) == 0 {
                try closeDescriptor()
                return
            }
            guard errno == EEXIST else { throw .last }
            name = try Self.claimName(beside: destination) { path in
                path.withCString { linkat(AT_FDCWD, link, AT_FDCWD, $0, AT_SYMLINK_FOLLOW) } == 0 ? nil : .last
            }
        }
        try closeDescriptor()
        guard let name else { return }
        self.name = nil
        let failure = TemporaryFileCleanup.finish(name.registration) { () -> SystemCallError? in
            let moved = name.path.withCString { from in destination.withCString { rename(from, $0) } } == 0
            guard !moved else { return nil }
            let failure = SystemCallError.last
            _ = name.path.withCString(unlink)
            return failure
        }
        if let failure { throw failure }
    }

    /// Closes the file and removes its name, if it still has one.
    mutating func discard() {
        try? closeDescriptor()
        guard let name else { return }
        self.name = nil
        TemporaryFileCleanup.finish(name.registration) { _ = name.path.withCString(unlink) }
    }

    private mutating func closeDescriptor() throws(SystemCallError) {
        guard let open = descriptor else { return }
        descriptor = nil
        guard close(open) == 0 else { throw .last }
    }

    /// Tries fresh hidden names beside `destination` until `create` makes
    /// one (returning `nil`), registered for cleanup; only a name that is
    /// already taken is retried.
    private static func claimName(
        beside destination: RawFilePath, by create: (RawFilePath) -> SystemCallError?
    ) throws(SystemCallError) -> Name {
        let stem = destination.lastComponent.prefix(nameLimit - suffixLength - 2)
        while true {
            let suffix = (0..<suffixLength).map { _ in suffixAlphabet.randomElement() ?? UInt8(ascii: "X") }
            let path = RawFilePath(bytes: destination.folder.bytes + Array("/.".utf8) + stem + [UInt8(ascii: ".")] + suffix)
            do {
                return Name(path: path, registration: try TemporaryFileCleanup.create(at: path) { create(path) })
            } catch where error.code == EEXIST {
                continue
            }
        }
    }
}
