import Plot

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of the command-line arguments.
///
/// `CommandLine.arguments`, and so every `String` ArgumentParser hands out,
/// is decoded as UTF-8 with invalid bytes replaced by U+FFFD, which turns a
/// file name that is not UTF-8 into a different name. The raw bytes are
/// still in `CommandLine.unsafeArgv`; a path option or argument is mapped
/// back to them here.
enum RawArguments {
    /// Each argument's bytes, and the bytes after the first `=` of each
    /// argument (the value of `--option=value`).
    private static let candidates: [[UInt8]] = {
        (1..<Int(CommandLine.argc)).flatMap { index -> [[UInt8]] in
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
            guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return [bytes] }
            return [bytes, Array(bytes[(equals + 1)...])]
        }
    }()

    /// The path the user typed where ArgumentParser gave `text`: the bytes of
    /// the first argument that decodes to `text`, or `text`'s UTF-8 when it
    /// was valid UTF-8 all along.
    static func path(_ text: String) -> RawFilePath {
        guard text.unicodeScalars.contains("\u{FFFD}"),
            let bytes = candidates.first(where: { String(decoding: $0, as: UTF8.self) == text })
        else { return RawFilePath(text) }
        return RawFilePath(bytes: bytes)
    }
}
