/// An invisible point that only widens the data limits: what remains of
/// the scout line seaborn plots and removes to learn the next cycle colour
/// (matplotlib keeps the removed line's point in `dataLim`).
struct DataLimitsArtist: Artist {
    let point: Point
    var zOrder: Double { 0 }
    var dataBounds: DataBounds {
        DataBounds(x: point.x.isFinite ? point.x...point.x : nil, y: point.y.isFinite ? point.y...point.y : nil)
    }
    func draw(in context: DrawContext) {}
}
