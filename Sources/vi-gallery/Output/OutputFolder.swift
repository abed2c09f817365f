import Plot

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder `all` and `render` write into, made as `mkdir -p` would make
/// it, by the bytes of its path (``RawFilePath``), so that a name that is
/// not UTF-8 is created as typed.
struct OutputFolder {
    let path: RawFilePath

    /// Creates the folder and any missing parents.
    ///
    /// - Throws: ``GalleryError/cannotCreateFolder(_:reason:)`` when a file
    ///   is in the way or the system refuses (with its reason).
    func create() throws(GalleryError) {
        if let type = Self.fileType(path), type != S_IFDIR {
            throw .cannotCreateFolder(path.description, reason: "a file of that name is in the way")
        }
        let slash = UInt8(ascii: "/")
        let bytes = path.bytes
        let ends = bytes.indices.filter { $0 > 0 && bytes[$0] == slash && bytes[$0 - 1] != slash } + [bytes.count]
        for end in ends {
            let prefix = RawFilePath(bytes: Array(bytes[..<end]))
            guard prefix.withCString({ mkdir($0, 0o777) }) != 0 else { continue }
            let failure = errno
            guard failure == EEXIST, Self.fileType(prefix) == S_IFDIR else {
                throw .cannotCreateFolder(path.description, reason: String(cString: strerror(failure == EEXIST ? ENOTDIR : failure)))
            }
        }
    }

    /// The size in bytes of the file `name` in the folder (0 when it cannot be read).
    func sizeOfFile(_ name: RawFilePath) -> Int {
        var status = stat()
        return name.withCString { stat($0, &status) } == 0 ? Int(status.st_size) : 0
    }

    /// The file type bits of what is at `path`, or `nil` when nothing is.
    private static func fileType(_ path: RawFilePath) -> mode_t? {
        var status = stat()
        return path.withCString { stat($0, &status) } == 0 ? status.st_mode & S_IFMT : nil
    }
}
