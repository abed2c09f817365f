/// Writes a PNG's resolution into the file as matplotlib's PNGs carry it:
/// a `pHYs` chunk right after `IHDR`, in pixels per metre
/// (`round(dpi / 0.0254)`), so that viewers and layout programs print the
/// figure at its size in inches.
enum PNGResolution {
    /// `png` with a `pHYs` chunk for `dpi`; unchanged when it is not a PNG
    /// starting with its `IHDR` chunk or already has a `pHYs` chunk.
    static func stamped(_ png: [UInt8], dpi: Double) -> [UInt8] {
        let signatureLength = 8, headerChunkLength = 8 + 13 + 4
        guard png.count >= signatureLength + headerChunkLength, png[12..<16].elementsEqual("IHDR".utf8),
            dpi.isFinite, dpi > 0, !containsChunk("pHYs", in: png)
        else { return png }
        let perMetre = UInt32(clamping: Int((dpi / 0.0254).rounded()))
        var body = Array("pHYs".utf8)
        for _ in 0..<2 { body += bigEndian(perMetre) }
        body.append(1)  // the unit is the metre
        var chunk = bigEndian(UInt32(body.count - 4))
        chunk += body
        chunk += bigEndian(crc32(body))
        let insertAt = signatureLength + headerChunkLength
        return Array(png[..<insertAt]) + chunk + Array(png[insertAt...])
    }

    private static func containsChunk(_ type: String, in png: [UInt8]) -> Bool {
        var offset = 8
        let wanted = Array(type.utf8)
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if Array(png[offset + 4..<offset + 8]) == wanted { return true }
            offset += 12 + length
        }
        return false
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }

    /// The CRC-32 (ISO 3309) PNG chunks end with, over type and data.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
