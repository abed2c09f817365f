import Foundation

/// A fresh folder under the system's temporary folder, removed when released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("GalleryTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The URL of `name` inside the folder.
    func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    /// Writes `bytes` to `name` and returns its URL.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> URL {
        let target = file(name)
        try Data(bytes).write(to: target)
        return target
    }

    /// Writes `text` as UTF-8 to `name` and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Array(text.utf8), to: name)
    }

    /// The names of the files in the folder, sorted.
    func fileNames(in subfolder: String? = nil) throws -> [String] {
        let folder = subfolder.map { url.appendingPathComponent($0) } ?? url
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}
