import Foundation

/// Writes a file so that readers see either the old file or the complete new
/// one, never a partial write: the bytes go to a `TemporaryFile` in the
/// same folder, which is then renamed over the destination. The destination
/// is checked first (`OutputDestination`): a special or write-protected
/// file there is refused, and a replaced file keeps its permissions.
public enum AtomicFileWriter {
    /// Checks that `path` can receive a file, before any rendering work.
    ///
    /// - Throws: ``PlotError`` naming what is wrong with the path.
    public static func validateDestination(_ path: RawFilePath) throws(PlotError) {
        _ = try OutputDestination(checking: path)
    }

    /// Saves `bytes` to `path` atomically.
    ///
    /// - Throws: ``PlotError`` for an unusable destination, or
    ///   ``PlotError/cannotWrite(path:reason:)`` with the system's reason.
    public static func save(_ bytes: [UInt8], to path: RawFilePath) throws(PlotError) {
        let destination = try OutputDestination(checking: path)
        var lastFailure = SystemCallError(code: EOPNOTSUPP)
        for kind in TemporaryFile.Kind.allCases {
            var file: TemporaryFile
            do {
                file = try TemporaryFile(kind, beside: path)
            } catch {
                lastFailure = error  // no nameless files here: try the next kind
                continue
            }
            do {
                try file.fill(bytes, permissions: destination.existingPermissions)
                try file.commit()
                return
            } catch {
                file.discard()
                throw .cannotWrite(path: path.description, reason: error.reason)
            }
        }
        throw .cannotWrite(path: path.description, reason: lastFailure.reason)
    }

    /// ``validateDestination(_:)`` for a URL.
    static func validateDestination(_ url: URL) throws(PlotError) {
        try validateDestination(RawFilePath(url))
    }

    /// ``save(_:to:)`` for a URL.
    static func save(_ bytes: [UInt8], to url: URL) throws(PlotError) {
        try save(bytes, to: RawFilePath(url))
    }
}
