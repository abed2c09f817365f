import BundledFonts
import CCairo

/// The bundled DejaVu faces, loaded once per process through FreeType and
/// shared by every Cairo renderer: a Cairo face that draws each weight and
/// a separate ``FreeTypeFace`` that lays out text as matplotlib does.
final class FontCache: @unchecked Sendable {
    // Immutable after init; Cairo locks its FreeType faces while it uses
    // them, and each FreeTypeFace locks its own.
    private let faces: [TextStyle.Weight: (drawing: OpaquePointer, layout: FreeTypeFace)]
    private let loadError: PlotError?

    static let shared = FontCache()

    private init() {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            faces = [:]
            loadError = .fontUnavailable("FreeType could not be initialised")
            return
        }
        var loaded: [TextStyle.Weight: (drawing: OpaquePointer, layout: FreeTypeFace)] = [:]
        var error: PlotError?
        for weight in [TextStyle.Weight.regular, .bold, .oblique] {
            guard let url = weight.bundledFont.url else {
                error = .fontUnavailable(
                    "\(weight.bundledFont.rawValue).ttf was not found beside the executable; "
                        + "set VIPLOT_FONT_DIR to the folder holding it (the repository's Fonts/ttf)")
                continue
            }
            var drawingFace: FT_Face?
            var layoutFace: FT_Face?
            guard FT_New_Face(library, url.path, 0, &drawingFace) == 0, let drawingFace,
                FT_New_Face(library, url.path, 0, &layoutFace) == 0, let layoutFace,
                let cairoFace = cairo_ft_font_face_create_for_ft_face(drawingFace, 0)
            else {
                error = .fontUnavailable("FreeType could not open \(url.path)")
                continue
            }
            loaded[weight] = (cairoFace, FreeTypeFace(face: layoutFace))
        }
        faces = loaded
        loadError = error
    }

    /// The Cairo font face for a weight.
    func face(_ weight: TextStyle.Weight) throws(PlotError) -> OpaquePointer {
        try entry(weight).drawing
    }

    /// The face that measures and lays out text of a weight.
    func layoutFace(_ weight: TextStyle.Weight) throws(PlotError) -> FreeTypeFace {
        try entry(weight).layout
    }

    private func entry(_ weight: TextStyle.Weight) throws(PlotError) -> (drawing: OpaquePointer, layout: FreeTypeFace) {
        guard let entry = faces[weight] else {
            throw loadError ?? .fontUnavailable("no face for \(weight)")
        }
        return entry
    }
}
