import Foundation

/// A file format a figure can be written in.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    /// A raster image at the figure's dpi (RGBA).
    case png
    /// A vector page; text stays text (embedded DejaVu Sans subset).
    case pdf
    /// A vector drawing; glyphs become vector outlines.
    case svg

    /// The format a file name's extension names (case-insensitive).
    ///
    /// - Throws: ``PlotError/unsupportedFormat(_:)`` for any other extension.
    public init(fileExtensionOf url: URL) throws(PlotError) {
        let ext = url.pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext) else { throw .unsupportedFormat(ext) }
        self = format
    }

    /// The conventional file extension.
    public var fileExtension: String { rawValue }
}
