import Foundation

/// Whether an outline is snapped to the pixel grid (matplotlib's
/// `snap`: `None`, `True`, `False`).
public enum SnapMode: Sendable, Hashable {
    /// Snap only outlines made of horizontal and vertical segments.
    case automatic
    case always
    case never
}

/// Where matplotlib's Agg backend puts a marker (`RendererAgg::draw_markers`):
/// the position is rounded to a whole pixel; a snapped outline has its
/// vertices rounded to the pixel grid (offset by half a pixel for an odd
/// stroke width), and an outline left unsnapped is centred on the pixel's
/// middle. On vector output the marker sits exactly at its position.
public struct MarkerPlacement: Sendable {
    /// The outline relative to the marker's pixel (or position).
    public let outline: Path
    public let raster: Bool

    public init(marker: Path, strokePixels: Double, snap: SnapMode, raster: Bool) {
        self.raster = raster
        guard raster else {
            outline = marker
            return
        }
        let snaps: Bool
        switch snap {
        case .always: snaps = true
        case .never: snaps = false
        case .automatic: snaps = marker.isRectilinear && marker.vertices.count <= 1024
        }
        if snaps {
            let offset = Int(strokePixels.rounded()) % 2 == 1 ? 0.5 : 0
            outline = marker.mapPoints { Point(floor($0.x + 0.5) + offset, floor($0.y + 0.5) + offset) }
        } else {
            outline = marker.translated(dx: 0.5, dy: 0.5)
        }
    }

    /// The outline placed for a marker at `position`.
    public func outline(at position: Point) -> Path {
        guard raster else { return outline.translated(dx: position.x, dy: position.y) }
        return outline.translated(dx: floor(position.x + 0.5), dy: floor(position.y + 0.5))
    }
}
