import BundledFonts
import CCairo

/// The bundled faces, loaded once per process through FreeType and shared
/// by every Cairo renderer. Each weight has a chain of faces: its DejaVu
/// face, then the STIX General face that supplies the glyphs DejaVu lacks
/// (``BundledFont/fallback``). Every face of a chain has a Cairo face that
/// draws it, and the chain a ``LayoutFont`` that lays out text as
/// matplotlib does; a glyph's ``GlyphRun/Glyph/face`` is its face's
/// position in the chain for both.
final class FontCache: @unchecked Sendable {
    // Immutable after init; Cairo locks its FreeType faces while it uses
    // them, and each LayoutFont locks its own.
    private let fonts: [TextStyle.Weight: (drawing: [OpaquePointer], layout: LayoutFont)]
    private let loadError: PlotError?

    static let shared = FontCache()

    private init() {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            fonts = [:]
            loadError = .fontUnavailable("FreeType could not be initialised")
            return
        }
        var loaded: [TextStyle.Weight: (drawing: [OpaquePointer], layout: LayoutFont)] = [:]
        var error: PlotError?
        for weight in [TextStyle.Weight.regular, .bold, .oblique] {
            do throws(PlotError) {
                let chain = try Array(sequence(first: weight.bundledFont, next: \.fallback))
                    .map { font throws(PlotError) in try Self.load(font, library: library) }
                loaded[weight] = (chain.map(\.drawing),
                                  LayoutFont(primary: chain[0].layout, fallbacks: chain.dropFirst().map(\.layout)))
            } catch let failure {
                error = failure
            }
        }
        fonts = loaded
        loadError = error
    }

    /// The Cairo font faces for a weight, by their position in its chain.
    func faces(_ weight: TextStyle.Weight) throws(PlotError) -> [OpaquePointer] {
        try entry(weight).drawing
    }

    /// The faces that measure and lay out text of a weight.
    func layoutFont(_ weight: TextStyle.Weight) throws(PlotError) -> LayoutFont {
        try entry(weight).layout
    }

    private func entry(_ weight: TextStyle.Weight) throws(PlotError) -> (drawing: [OpaquePointer], layout: LayoutFont) {
        guard let entry = fonts[weight] else {
            throw loadError ?? .fontUnavailable("no face for \(weight)")
        }
        return entry
    }

    /// Opens a bundled file twice: once for Cairo to draw, once to lay out.
    private static func load(_ font: BundledFont, library: FT_Library) throws(PlotError)
        -> (drawing: OpaquePointer, layout: FreeTypeFace)
    {
        guard let url = font.url else {
            throw .fontUnavailable(
                "\(font.rawValue).ttf was not found beside the executable; "
                    + "set VIPLOT_FONT_DIR to the folder holding it (the repository's Fonts/ttf)")
        }
        var drawingFace: FT_Face?
        var layoutFace: FT_Face?
        guard FT_New_Face(library, url.path, 0, &drawingFace) == 0, let drawingFace,
            FT_New_Face(library, url.path, 0, &layoutFace) == 0, let layoutFace,
            let cairoFace = cairo_ft_font_face_create_for_ft_face(drawingFace, 0)
        else {
            throw .fontUnavailable("FreeType could not open \(url.path)")
        }
        return (cairoFace, FreeTypeFace(face: layoutFace))
    }
}
