import CCairo
import Foundation

/// A ``Renderer`` that draws with Cairo and produces PNG, PDF or SVG bytes.
///
/// Device units are pixels at ``dpi``; for PDF and SVG the page is measured
/// in points and Cairo scales device units by 72/dpi, so every output shows
/// the same figure. Text uses the bundled DejaVu Sans, with STIX General
/// for the symbols it lacks, through FreeType and stays vector in PDF and
/// SVG.
public final class CairoRenderer: Renderer {
    public let dpi: Double
    public let format: OutputFormat
    /// The canvas (its pixels are composited directly by the marker stamping).
    let surface: OpaquePointer
    /// The drawing context (shared with the marker stamping in `CairoRenderer+Markers`).
    let context: OpaquePointer
    private let sink: ByteSink
    private let widthPixels: Int
    private let heightPixels: Int
    /// Laid-out lines of text by string, size and weight (the dpi is fixed).
    private var textLayouts: [TextKey: (run: GlyphRun, extent: TextExtent)] = [:]

    /// A blank white canvas of the given size in pixels.
    public init(format: OutputFormat, widthPixels: Int, heightPixels: Int, dpi: Double) throws(PlotError) {
        guard widthPixels > 0, heightPixels > 0, widthPixels <= 32767, heightPixels <= 32767,
            dpi.isFinite, dpi > 0
        else {
            throw .invalidFigureSize("\(widthPixels)x\(heightPixels) px at \(dpi) dpi; Cairo draws 1 to 32767 px a side")
        }
        self.dpi = dpi
        self.format = format
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
        sink = ByteSink()
        let pageScale = 72 / dpi
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let created: OpaquePointer?
        switch format {
        case .png:
            created = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(widthPixels), Int32(heightPixels))
        case .pdf:
            created = cairo_pdf_surface_create_for_stream(
                ByteSink.write, closure, Double(widthPixels) * pageScale, Double(heightPixels) * pageScale)
        case .svg:
            created = cairo_svg_surface_create_for_stream(
                ByteSink.write, closure, Double(widthPixels) * pageScale, Double(heightPixels) * pageScale)
        }
        guard let created, cairo_surface_status(created) == CAIRO_STATUS_SUCCESS,
            let newContext = cairo_create(created)
        else {
            throw .cairo("could not create a \(widthPixels)x\(heightPixels) \(format.rawValue) surface")
        }
        surface = created
        context = newContext
        if format == .pdf {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "VIPlot")
            if let date = Self.reproducibleDate() {
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
                cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
            }
        }
        if format != .png { cairo_scale(context, pageScale, pageScale) }
        let options = cairo_font_options_create()
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        // The font's own hinting, as matplotlib's `text.hinting: default`:
        // the glyphs it draws are the ones ``LayoutFont`` measures.
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_FULL)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_ON)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    // MARK: Renderer

    public func drawPath(_ path: Path, fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: Bool) {
        guard !path.isEmpty, fill != nil || stroke != nil else { return }
        cairo_save(context)
        defer { cairo_restore(context) }
        if let clip {
            cairo_rectangle(context, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(context)
        }
        let strokePixels = stroke.map { pixels(fromPoints: $0.width) } ?? 0
        let snapOffset: Double? =
            snap && format == .png && path.isRectilinear
            ? (Int(strokePixels.rounded()) % 2 == 1 ? 0.5 : 0) : nil
        appendPath(path, snapOffset: snapOffset, to: context)
        paintCurrentPath(of: context, fill: fill, stroke: stroke)
    }

    /// Fills and strokes the path current in `target`, then clears it.
    func paintCurrentPath(of target: OpaquePointer, fill: Color?, stroke: StrokeStyle?) {
        let strokePixels = stroke.map { pixels(fromPoints: $0.width) } ?? 0
        if let fill {
            setSource(fill, of: target)
            if stroke != nil { cairo_fill_preserve(target) } else { cairo_fill(target) }
        }
        if let stroke, strokePixels > 0 {
            setSource(stroke.color, of: target)
            cairo_set_line_width(target, strokePixels)
            cairo_set_line_cap(target, stroke.cap.cairoValue)
            cairo_set_line_join(target, stroke.join.cairoValue)
            if !stroke.dashes.isEmpty {
                let dashes = stroke.dashes.map { pixels(fromPoints: $0) }
                cairo_set_dash(target, dashes, Int32(dashes.count), 0)
            }
            cairo_stroke(target)
        }
        cairo_new_path(target)
    }

    /// PNG output rounds marker positions and snaps outlines, as Agg does.
    public var isRaster: Bool { format == .png }

    public func drawText(_ text: String, at origin: Point, style: TextStyle, rotation: Double) {
        guard let layout = textLayout(text, style: style), !layout.run.glyphs.isEmpty,
            let faces = try? FontCache.shared.faces(style.weight)
        else {
            return
        }
        cairo_save(context)
        defer { cairo_restore(context) }
        setSource(style.color)
        cairo_translate(context, origin.x, origin.y)
        if rotation != 0 { cairo_rotate(context, -rotation * .pi / 180) }
        // Each face draws its own glyphs, where matplotlib places them, not
        // at Cairo's own advances.
        for segment in layout.run.segments {
            cairo_set_font_face(context, faces[segment.face])
            cairo_set_font_size(context, pixels(fromPoints: style.size))
            var glyphs = segment.glyphs.map { cairo_glyph_t(index: UInt($0.index), x: $0.x, y: 0) }
            if format == .png {
                // Filled outlines keep matplotlib's sub-pixel glyph positions,
                // which Cairo's glyph cache would round to whole pixels.
                cairo_glyph_path(context, &glyphs, Int32(glyphs.count))
            } else {
                cairo_show_glyphs(context, &glyphs, Int32(glyphs.count))
            }
        }
        if format == .png { cairo_fill(context) }
        cairo_new_path(context)
    }

    /// The extent matplotlib's Agg backend gives the line: see
    /// `LayoutFont` and `TextExtent.init(run:lineMetrics:points:dpi:)`.
    /// An empty text measures nothing, as `Text.get_window_extent` has it.
    public func measureText(_ text: String, style: TextStyle) -> TextExtent {
        guard !text.isEmpty, let layout = textLayout(text, style: style) else {
            return TextExtent(width: 0, ascent: 0, descent: 0)
        }
        return layout.extent
    }

    public private(set) var missingCharacters: Set<Unicode.Scalar> = []

    public func lineMetrics(for style: TextStyle) -> FontVerticalMetrics {
        guard let font = try? FontCache.shared.layoutFont(style.weight) else {
            return FontVerticalMetrics(ascent: 0, descent: 0, lineGap: 0)
        }
        let metrics = font.lineMetrics
        let scale = metrics.pixelsPerUnit(points: style.size, dpi: dpi)
        return FontVerticalMetrics(
            ascent: metrics.ascender * scale, descent: metrics.descender * scale, lineGap: metrics.lineGap * scale)
    }

    // MARK: Output

    /// Finishes the drawing and returns the encoded file.
    public func encodedBytes() throws(PlotError) -> [UInt8] {
        switch format {
        case .png:
            cairo_surface_flush(surface)
            let closure = Unmanaged.passUnretained(sink).toOpaque()
            let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, closure)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw .cairo(String(cString: cairo_status_to_string(status)))
            }
            return PNGResolution.stamped(sink.bytes, dpi: dpi)
        case .pdf, .svg:
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw .cairo(String(cString: cairo_status_to_string(status)))
            }
        }
        return sink.bytes
    }

    /// The canvas as 8-bit RGBA rows (PNG output only), for tests and checks.
    public func rgbaPixel(x: Int, y: Int) -> Color? {
        guard format == .png, x >= 0, y >= 0, x < widthPixels, y < heightPixels,
            let data = cairo_image_surface_get_data(surface)
        else { return nil }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixel = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let alpha = Double((pixel >> 24) & 0xff) / 255
        guard alpha > 0 else { return .clear }
        func channel(_ shift: UInt32) -> Double { Double((pixel >> shift) & 0xff) / 255 / alpha }
        return Color(red: channel(16), green: channel(8), blue: channel(0), alpha: alpha)
    }

    // MARK: Helpers

    /// The date named by `SOURCE_DATE_EPOCH` (the reproducible-builds
    /// convention) as ISO 8601, so that a PDF rendered twice is the same
    /// file; `nil` when unset, and Cairo then stamps the current time.
    private static func reproducibleDate() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
            let seconds = Int(text), seconds >= 0
        else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    private func setSource(_ color: Color, of target: OpaquePointer? = nil) {
        cairo_set_source_rgba(target ?? context, color.red, color.green, color.blue, color.alpha)
    }

    /// Adds `path` to the current path of `target`, its vertices snapped to
    /// the pixel grid plus `snapOffset` when one is given.
    func appendPath(_ path: Path, snapOffset: Double?, to target: OpaquePointer) {
        let context = target
        func place(_ point: Point) -> Point {
            guard let snapOffset else { return point }
            return Point((point.x + 0.5).rounded(.down) + snapOffset, (point.y + 0.5).rounded(.down) + snapOffset)
        }
        for element in path.elements {
            switch element {
            case .move(let point):
                let p = place(point)
                cairo_move_to(context, p.x, p.y)
            case .line(let point):
                let p = place(point)
                cairo_line_to(context, p.x, p.y)
            case .curve(let c1, let c2, let end):
                cairo_curve_to(context, c1.x, c1.y, c2.x, c2.y, end.x, end.y)
            case .close:
                cairo_close_path(context)
            }
        }
    }

    /// The glyphs and extent of one line of text, computed once per string and style.
    private func textLayout(_ text: String, style: TextStyle) -> (run: GlyphRun, extent: TextExtent)? {
        guard FreeTypeFace.isSettable(points: style.size, dpi: dpi) else { return nil }
        let key = TextKey(text: text, size: style.size, weight: style.weight)
        if let cached = textLayouts[key] { return cached }
        guard let font = try? FontCache.shared.layoutFont(style.weight) else { return nil }
        let run = font.glyphRun(text, points: style.size, dpi: dpi)
        missingCharacters.formUnion(run.missing)
        let layout = (run: run, extent: TextExtent(run: run, lineMetrics: font.lineMetrics, points: style.size, dpi: dpi))
        textLayouts[key] = layout
        return layout
    }
}

/// What a line of text's layout depends on, besides the renderer's dpi.
private struct TextKey: Hashable {
    var text: String
    var size: Double
    var weight: TextStyle.Weight
}

/// Collects the bytes Cairo writes to a stream.
private final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}

extension StrokeStyle.Cap {
    fileprivate var cairoValue: cairo_line_cap_t {
        switch self {
        case .butt: return CAIRO_LINE_CAP_BUTT
        case .round: return CAIRO_LINE_CAP_ROUND
        case .projecting: return CAIRO_LINE_CAP_SQUARE
        }
    }
}

extension StrokeStyle.Join {
    fileprivate var cairoValue: cairo_line_join_t {
        switch self {
        case .miter: return CAIRO_LINE_JOIN_MITER
        case .round: return CAIRO_LINE_JOIN_ROUND
        case .bevel: return CAIRO_LINE_JOIN_BEVEL
        }
    }
}
