import BundledFonts
import CCairo

/// The bundled DejaVu faces, loaded once per process through FreeType and
/// shared by every Cairo renderer.
final class FontCache: @unchecked Sendable {
    // Immutable after init; Cairo locks FreeType faces while it uses them.
    private let faces: [TextStyle.Weight: OpaquePointer]
    private let loadError: PlotError?

    static let shared = FontCache()

    private init() {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            faces = [:]
            loadError = .fontUnavailable("FreeType could not be initialised")
            return
        }
        var loaded: [TextStyle.Weight: OpaquePointer] = [:]
        var error: PlotError?
        for weight in [TextStyle.Weight.regular, .bold, .oblique] {
            guard let url = weight.bundledFont.url else {
                error = .fontUnavailable(
                    "\(weight.bundledFont.rawValue).ttf was not found beside the executable; "
                        + "set VIPLOT_FONT_DIR to the folder holding it (the repository's Fonts/ttf)")
                continue
            }
            var face: FT_Face?
            guard FT_New_Face(library, url.path, 0, &face) == 0, let face,
                let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0)
            else {
                error = .fontUnavailable("FreeType could not open \(url.path)")
                continue
            }
            loaded[weight] = cairoFace
        }
        faces = loaded
        loadError = error
    }

    /// The Cairo font face for a weight.
    func face(_ weight: TextStyle.Weight) throws(PlotError) -> OpaquePointer {
        guard let face = faces[weight] else {
            throw loadError ?? .fontUnavailable("no face for \(weight)")
        }
        return face
    }
}
