import CCairo
import Foundation

/// Markers stamped instead of drawn one by one, as matplotlib's backends
/// do: on PNG the marker is rasterised once and composited at each whole-
/// pixel position (Agg's cached scanlines), inside the clip box rounded to
/// whole pixels as Agg's `set_clipbox` rounds it; in PDF and SVG it is
/// recorded once and painted at each position, so the file holds one
/// outline (a form object) and a placement per point.
extension CairoRenderer {
    public func drawMarkers(
        _ marker: Path, at positions: [Point], fill: Color?, stroke: StrokeStyle?, clip: Rect?, snap: SnapMode
    ) {
        guard !marker.isEmpty, fill != nil || stroke != nil, !positions.isEmpty else { return }
        let strokePixels = stroke.map { pixels(fromPoints: $0.width) } ?? 0
        let placement = MarkerPlacement(marker: marker, strokePixels: strokePixels, snap: snap, raster: isRaster)
        // The stamp covers the outline and half the stroke (a miter may reach further).
        let reach = strokePixels * max(1, stroke?.join == .miter ? 5 : 1) + 2
        let vertices = placement.outline.vertices + Self.controlPoints(of: placement.outline)
        guard let minX = vertices.map(\.x).min(), let maxX = vertices.map(\.x).max(),
            let minY = vertices.map(\.y).min(), let maxY = vertices.map(\.y).max()
        else { return }
        let origin = (x: (minX - reach).rounded(.down), y: (minY - reach).rounded(.down))
        let size = (width: Int((maxX + reach).rounded(.up) - origin.x), height: Int((maxY + reach).rounded(.up) - origin.y))
        guard let stamp = makeStamp(placement.outline, origin: origin, size: size, fill: fill, stroke: stroke) else { return }
        defer { cairo_surface_destroy(stamp) }

        if isRaster {
            composite(stamp, origin: origin, at: positions, clip: clip)
            return
        }
        cairo_save(context)
        defer { cairo_restore(context) }
        if let clip {
            cairo_rectangle(context, clip.minX, clip.minY, clip.width, clip.height)
            cairo_clip(context)
        }
        for position in positions where position.x.isFinite && position.y.isFinite {
            cairo_set_source_surface(context, stamp, position.x + origin.x, position.y + origin.y)
            cairo_paint(context)
        }
    }

    /// Composites the image `stamp` over the canvas with its `origin` at
    /// each position rounded to a whole pixel, with pixman's OVER
    /// arithmetic on premultiplied 8-bit channels (what `cairo_paint` would
    /// compute, one blit per marker without its per-call cost).
    private func composite(_ stamp: OpaquePointer, origin: (x: Double, y: Double), at positions: [Point], clip: Rect?) {
        cairo_surface_flush(surface)
        cairo_surface_flush(stamp)
        guard let canvas = cairo_image_surface_get_data(surface), let source = cairo_image_surface_get_data(stamp) else {
            return
        }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let canvasStride = Int(cairo_image_surface_get_stride(surface)) / 4
        let stampWidth = Int(cairo_image_surface_get_width(stamp)), stampHeight = Int(cairo_image_surface_get_height(stamp))
        let stampStride = Int(cairo_image_surface_get_stride(stamp)) / 4
        // Agg's clip box: each edge rounded to the nearest pixel, within the canvas.
        func rounded(_ value: Double) -> Int { Int((value + 0.5).rounded(.down)) }
        let clipBox = clip.map { (rounded($0.minX), rounded($0.minY), rounded($0.maxX), rounded($0.maxY)) }
            ?? (0, 0, width, height)
        let (left, top) = (max(clipBox.0, 0), max(clipBox.1, 0))
        let (right, bottom) = (min(clipBox.2, width), min(clipBox.3, height))
        guard left < right, top < bottom else { return }
        let destination = UnsafeMutableRawPointer(canvas).bindMemory(to: UInt32.self, capacity: canvasStride * height)
        let pixels = UnsafeRawPointer(source).bindMemory(to: UInt32.self, capacity: stampStride * stampHeight)
        // Only the stamp's inked rows and columns are visited.
        var ink = (minRow: stampHeight, maxRow: -1, minColumn: stampWidth, maxColumn: -1)
        for row in 0..<stampHeight {
            for column in 0..<stampWidth where pixels[row * stampStride + column] != 0 {
                ink = (min(ink.minRow, row), max(ink.maxRow, row), min(ink.minColumn, column), max(ink.maxColumn, column))
            }
        }
        guard ink.maxRow >= 0 else { return }
        let (originX, originY) = (Int(origin.x), Int(origin.y))
        for position in positions where position.x.isFinite && position.y.isFinite
            && abs(position.x) < 1e9 && abs(position.y) < 1e9
        {
            let x0 = Int((position.x + 0.5).rounded(.down)) + originX
            let y0 = Int((position.y + 0.5).rounded(.down)) + originY
            let rows = max(top, y0 + ink.minRow)..<min(bottom, y0 + ink.maxRow + 1)
            let columns = max(left, x0 + ink.minColumn)..<min(right, x0 + ink.maxColumn + 1)
            guard !rows.isEmpty, !columns.isEmpty else { continue }
            for row in rows {
                let sourceRow = pixels + (row - y0) * stampStride - x0
                let destinationRow = destination + row * canvasStride
                for column in columns {
                    let over = sourceRow[column]
                    guard over != 0 else { continue }
                    destinationRow[column] = Self.over(over, destinationRow[column])
                }
            }
        }
        cairo_surface_mark_dirty(surface)
    }

    /// pixman's OVER for premultiplied ARGB: `source + destination × (255 − source alpha) / 255`,
    /// each product rounded as pixman's `MUL_UN8`, two channels at a time (no sum can exceed 255
    /// for premultiplied colours, so none saturates).
    @inline(__always)
    private static func over(_ source: UInt32, _ destination: UInt32) -> UInt32 {
        let inverse = 255 &- (source >> 24)
        let redBlue = (destination & 0x00ff_00ff) &* inverse &+ 0x0080_0080
        let alphaGreen = ((destination >> 8) & 0x00ff_00ff) &* inverse &+ 0x0080_0080
        let scaledRedBlue = ((redBlue &+ ((redBlue >> 8) & 0x00ff_00ff)) >> 8) & 0x00ff_00ff
        let scaledAlphaGreen = (alphaGreen &+ ((alphaGreen >> 8) & 0x00ff_00ff)) & 0xff00_ff00
        return (scaledRedBlue | scaledAlphaGreen) &+ source
    }

    /// The marker drawn once, `origin` at the stamp's top-left corner: an
    /// image for PNG, a recording for vector output.
    private func makeStamp(
        _ outline: Path, origin: (x: Double, y: Double), size: (width: Int, height: Int), fill: Color?,
        stroke: StrokeStyle?
    ) -> OpaquePointer? {
        guard size.width > 0, size.height > 0, size.width < 4096, size.height < 4096 else { return nil }
        let stamp: OpaquePointer?
        if isRaster {
            stamp = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(size.width), Int32(size.height))
        } else {
            var extents = cairo_rectangle_t(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
            stamp = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)
        }
        guard let stamp, cairo_surface_status(stamp) == CAIRO_STATUS_SUCCESS, let drawing = cairo_create(stamp) else {
            return nil
        }
        defer { cairo_destroy(drawing) }
        appendPath(outline.translated(dx: -origin.x, dy: -origin.y), snapOffset: nil, to: drawing)
        paintCurrentPath(of: drawing, fill: fill, stroke: stroke)
        return stamp
    }

    /// The Bézier control points of `path`, which bound its curves.
    private static func controlPoints(of path: Path) -> [Point] {
        path.elements.flatMap { element -> [Point] in
            if case let .curve(control1, control2, _) = element { return [control1, control2] }
            return []
        }
    }
}
