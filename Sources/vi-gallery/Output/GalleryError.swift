/// Why a gallery run did not write everything.
enum GalleryError: Error, CustomStringConvertible {
    /// The output folder could not be created.
    case cannotCreateFolder(String, reason: String)
    /// Some figures failed (each was reported as it failed).
    case figuresFailed(failed: Int, total: Int)

    var description: String {
        switch self {
        case .cannotCreateFolder(let folder, let reason):
            return "cannot create the output folder \(folder): \(reason)"
        case .figuresFailed(let failed, let total):
            return "\(failed) of \(total) figure\(total == 1 ? "" : "s") could not be written"
        }
    }
}
