import Foundation

/// A file path as the operating system sees it: bytes, not text.
///
/// Linux file names may hold any byte but `/` and NUL, so a name that is not
/// valid UTF-8 cannot round-trip through `String` or `URL` (both replace the
/// invalid bytes with U+FFFD). `RawFilePath` keeps the bytes and hands them
/// to the system calls unchanged; only ``description`` turns them into text.
///
/// ```swift
/// let path = RawFilePath(bytes: Array("figure-".utf8) + [0xFF] + Array(".png".utf8))
/// try AtomicFileWriter.save(try figure.encoded(as: .png), to: path)
/// ```
public struct RawFilePath: Sendable, Hashable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    private static let separator = UInt8(ascii: "/")

    /// The path made of `bytes` (a NUL byte ends it, as the system would read it).
    public init(bytes: [UInt8]) {
        self.bytes = Array(bytes.prefix { $0 != 0 })
    }

    /// The UTF-8 bytes of `text`.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// The file-system bytes of `url`; a URL that names a folder (such as
    /// `out.png/`) keeps its trailing slash.
    public init(_ url: URL) {
        var bytes = url.withUnsafeFileSystemRepresentation { pointer in
            pointer.map { Array(UnsafeBufferPointer(start: $0, count: strlen($0))).map { UInt8(bitPattern: $0) } } ?? []
        }
        if url.hasDirectoryPath, bytes.last != Self.separator { bytes.append(Self.separator) }
        self.init(bytes: bytes)
    }

    /// The path as text for messages (bytes that are not UTF-8 shown as U+FFFD).
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// `self` + `/` + `component`.
    public func appending(_ component: String) -> RawFilePath {
        let joint = bytes.isEmpty || bytes.last == Self.separator ? [] : [Self.separator]
        return RawFilePath(bytes: bytes + joint + Array(component.utf8))
    }

    /// Whether the path ends with `/`, so that it names a folder.
    var endsWithSeparator: Bool { bytes.last == Self.separator }

    /// The folder that holds the last component: `.` for a bare name, `/` for `/name`.
    var folder: RawFilePath {
        guard let slash = bytes.lastIndex(of: Self.separator) else { return RawFilePath(".") }
        return slash == 0 ? RawFilePath("/") : RawFilePath(bytes: Array(bytes[..<slash]))
    }

    /// The last component (everything after the last `/`).
    var lastComponent: [UInt8] {
        guard let slash = bytes.lastIndex(of: Self.separator) else { return bytes }
        return Array(bytes[(slash + 1)...])
    }

    /// Calls `body` with the path as a NUL-terminated C string, for system calls.
    public func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return try body(terminated)
    }
}
