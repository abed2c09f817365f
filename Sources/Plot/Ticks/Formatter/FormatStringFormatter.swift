import Foundation

/// Labels from a printf-style format (matplotlib's `ticker.FormatStrFormatter`):
/// `"%.1f"`, `"%.2e"`, `"%g ms"`.
public struct FormatStringFormatter: TickFormatter, Hashable {
    public let format: String

    /// - Throws: ``TickError/invalidFormat(_:)`` unless `format` holds exactly
    ///   one floating-point conversion (`%%` writes a percent sign).
    public init(_ format: String) throws(TickError) {
        guard Self.floatConversionCount(format) == 1 else { throw .invalidFormat(format) }
        self.format = format
    }

    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        TickLabels(labels: locations.map { .plain(String(format: format, $0)) })
    }

    /// How many conversions the format holds, or -1 when one is not `aAeEfFgG`.
    private static func floatConversionCount(_ format: String) -> Int {
        var count = 0
        var characters = format.makeIterator()
        while let character = characters.next() {
            guard character == "%" else { continue }
            var conversion = characters.next()
            if conversion == "%" { continue }
            // Flags, width and precision come before the conversion letter.
            while let current = conversion, "-+ #0123456789.".contains(current) { conversion = characters.next() }
            guard let letter = conversion, "aAeEfFgG".contains(letter) else { return -1 }
            count += 1
        }
        return count
    }
}
