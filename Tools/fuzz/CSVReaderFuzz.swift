// libFuzzer target for vi-gallery's streaming CSV reader and its number
// parsing (Sources/vi-gallery/Input/*.swift, compiled into this module by
// Tools/fuzz/run.sh). Not part of `swift build` or `swift test`.
//
// The first byte of the input chooses the column (index 0–3, or a name) and a
// chunk size (1–64 bytes); the rest is the CSV. Each input is read twice,
// split into chunks of that size and in one piece, and the two readings must
// agree exactly: same values (NaN included) or the same error. Any crash, any
// trap and any disagreement stops the fuzzer with the input saved.

@_cdecl("LLVMFuzzerTestOneInput")
public func csvReaderFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    guard let control = input.first else { return 0 }
    let csv = Array(input.dropFirst())
    let column = CSVFuzzInput.selector(control)
    let chunkSize = Int(control >> 2) + 1
    let whole = CSVFuzzInput.outcome(csv, column: column, chunkSize: max(csv.count, 1))
    let split = CSVFuzzInput.outcome(csv, column: column, chunkSize: chunkSize)
    if whole != split {
        fatalError("chunk size \(chunkSize) changes the reading: \(split) vs \(whole)")
    }
    if case .failure(let message) = whole, message.isEmpty {
        fatalError("an error without a message")
    }
    CSVFuzzInput.checkNumberParsing(csv)
    return 0
}

/// How one reading ended, comparable bit for bit (NaN payloads included).
enum CSVFuzzOutcome: Equatable, CustomStringConvertible {
    case values(label: String, bits: [UInt64])
    case failure(String)

    var description: String {
        switch self {
        case .values(let label, let bits): return "\(label): \(bits.count) values"
        case .failure(let message): return "error: \(message)"
        }
    }
}

enum CSVFuzzInput {
    static func selector(_ control: UInt8) -> ColumnSelector {
        switch control & 3 {
        case 3: return .name("b")
        default: return .index(Int(control & 3))
        }
    }

    static func outcome(_ csv: [UInt8], column: ColumnSelector, chunkSize: Int) -> CSVFuzzOutcome {
        do {
            let read = try NumericColumnReader.read(bytes: csv, named: "fuzz", column: column, chunkSize: chunkSize)
            if read.values.isEmpty { fatalError("a successful reading without values") }
            return .values(label: read.label.description, bits: read.values.map(\.bitPattern))
        } catch {
            return .failure(error.description)
        }
    }

    /// `NumericField` on the raw bytes: padding never changes a value, and
    /// messages are shortened to their limit.
    static func checkNumberParsing(_ bytes: [UInt8]) {
        let value = NumericField.value(of: bytes)
        let padded = NumericField.value(of: [0x20, 0x09] + bytes + [0x09, 0x20])
        if value?.bitPattern != padded?.bitPattern, !(value?.isNaN == true && padded?.isNaN == true) {
            fatalError("padding changes the value: \(String(describing: value)) vs \(String(describing: padded))")
        }
        if NumericField.displayText(of: bytes, limit: 8).count > 9 {
            fatalError("displayText exceeds its limit")
        }
    }
}
