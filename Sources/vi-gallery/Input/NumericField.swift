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
enum NumericField {
    /// The value of `bytes`, or `nil` when the field is not a number.
    static func value(of bytes: [UInt8]) -> Double? {
        guard let first = bytes.firstIndex(where: { !isPadding($0) }),
            let last = bytes.lastIndex(where: { !isPadding($0) })
        else { return .nan }
        return Double(String(decoding: bytes[first...last], as: UTF8.self))
    }

    /// The text of `bytes` as it should appear in a message (invalid UTF-8
    /// replaced, long text shortened).
    static func displayText(of bytes: [UInt8], limit: Int = 60) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.count <= limit ? text : text.prefix(limit) + "…"
    }

    /// Whether `byte` is a space or a tab, the padding ignored around numbers.
    static func isPadding(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
