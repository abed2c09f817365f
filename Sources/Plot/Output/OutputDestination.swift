#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is at an output path before a save, and whether a save may replace it.
///
/// A save replaces only a regular file it may write: never a folder, a FIFO,
/// a device or a socket, and never a write-protected file (as `cp` without
/// `-f` would refuse it). The replacement keeps the old file's permissions.
struct OutputDestination {
    let path: RawFilePath
    /// The permission bits of the regular file already at the path; `nil`
    /// when there is none, and the new file gets `0666 & ~umask`.
    let existingPermissions: mode_t?

    /// Checks `path`: that it names a file, that anything already there may
    /// be replaced, and that its folder exists and is writable.
    init(checking path: RawFilePath) throws(PlotError) {
        self.path = path
        let shown = path.description
        guard !path.bytes.isEmpty else { throw .cannotWrite(path: "''", reason: "the path is empty") }
        var status = stat()
        if path.withCString({ stat($0, &status) }) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw .outputIsDirectory(shown.hasSuffix("/") ? String(shown.dropLast()) : shown) }
            if path.endsWithSeparator { throw .pathNamesFolder(shown) }
            guard type == S_IFREG else { throw .notARegularFile(path: shown, kind: Self.kindName(type)) }
            let writable = status.st_mode & 0o222 != 0 && path.withCString({ access($0, W_OK) }) == 0
            guard writable else { throw .writeProtected(shown) }
            existingPermissions = status.st_mode & 0o777
        } else {
            let error = SystemCallError.last
            guard error.code == ENOENT || error.code == ENOTDIR else { throw .cannotWrite(path: shown, reason: error.reason) }
            if path.endsWithSeparator { throw .pathNamesFolder(shown) }
            existingPermissions = nil
        }
        try Self.checkFolder(of: path)
    }

    private static func checkFolder(of path: RawFilePath) throws(PlotError) {
        let folder = path.folder
        var status = stat()
        guard folder.withCString({ stat($0, &status) }) == 0 else {
            let error = SystemCallError.last
            switch error.code {
            case ENOENT: throw .folderDoesNotExist(folder.description)
            case ENOTDIR: throw .cannotWrite(path: path.description, reason: "a part of \(folder) is not a folder")
            default: throw .cannotWrite(path: path.description, reason: error.reason)
            }
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotWrite(path: path.description, reason: "\(folder) is not a folder")
        }
        guard folder.withCString({ access($0, W_OK | X_OK) }) == 0 else {
            throw .cannotWrite(path: path.description, reason: "the folder \(folder) is not writable")
        }
    }

    /// How messages name a file type that is not a regular file or a folder.
    private static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}
