/// How the text of one CSV field becomes a number.
///
/// Surrounding spaces and tabs are ignored; the rest is read by Swift's
/// `Double(String)`, which accepts decimal (`12`, `-0.5`, `.5`, `5.`, `+1`,
/// `1e-3`, `2E+10`) and hexadecimal (`0x1p-3`) forms, `nan` and
/// `inf`/`infinity` in any letter case with an optional sign. Magnitudes
/// beyond the largest double (about 1.8e308) become ±infinity and values
/// below the smallest denormal (about 4.9e-324) become zero. An empty field
/// is a missing value and reads as NaN, as pandas reads it. Thousands
/// separators, decimal commas and units are not numbers.
///
/// A field never holds a NUL byte (``CSVScanner`` refuses one), which
/// matters: `Double(String)` would stop reading at it, so `2\0garbage`
/// would read as 2.
enum NumericField {
    /// The value of `bytes`, or `nil` when the field is not a number.
    static func value(of bytes: [UInt8]) -> Double? {
        let text = trimmed(bytes)
        guard !text.isEmpty else { return .nan }
        return Double(String(decoding: text, as: UTF8.self))
    }

    /// `bytes` without the spaces and tabs around them.
    static func trimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
        guard let first = bytes.firstIndex(where: { !isPadding($0) }) else { return bytes[bytes.endIndex...] }
        let rest = bytes[first...]
        guard let last = rest.lastIndex(where: { !isPadding($0) }) else { return rest }
        return bytes[first...last]
    }

    /// The text of `bytes` as it should appear in a message: invalid UTF-8
    /// replaced, control characters escaped (`\u{7}`), long text shortened.
    static func displayText(of bytes: some Collection<UInt8>, limit: Int = 60) -> String {
        let head = bytes.prefix(limit * 4)  // a character has at least one scalar of at most 4 bytes
        var shown = ""
        for scalar in String(decoding: Array(head), as: UTF8.self).unicodeScalars {
            let isControl = scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F
            let piece = isControl ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            guard shown.count + piece.count <= limit else { return shown + "…" }
            shown += piece
        }
        return bytes.count > head.count ? shown + "…" : shown
    }

    /// Whether `byte` is a space or a tab, the padding ignored around numbers.
    static func isPadding(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
