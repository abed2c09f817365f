extension Colormap {
    /// The built-in maps under their matplotlib names, with matplotlib's aliases `grey`
    /// (of `gray`) and `Grays` (of `Greys`), in the order of ``builtInNames``.
    private static let registered: [Colormap] = {
        var grey = gray
        grey.name = "grey"
        var grays = greys
        grays.name = "Grays"
        return [
            viridis, plasma, inferno, magma, cividis, rocket, mako, flare, crest, vlag, icefire,
            greys, rdBu, coolwarm, gray, grey, grays,
        ]
    }()

    /// Every name ``init(named:)`` accepts: each built-in map's, then each with `_r`
    /// for the map reversed.
    public static let builtInNames: [String] = {
        let names = registered.map(\.name)
        return names + names.map { $0 + "_r" }
    }()

    /// The built-in map of a matplotlib or seaborn name, as `matplotlib.colormaps[name]`:
    /// `"viridis"`, `"rocket"`, `"coolwarm"`, … or any of them with `_r` for the map
    /// reversed (`"viridis_r"`). Names are case-sensitive, as matplotlib's (`"Greys"`, `"RdBu"`).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` naming the valid names when `name` is not one.
    public init(named name: String) throws(PlotError) {
        if let map = Self.registered.first(where: { $0.name == name }) {
            self = map
        } else if let map = Self.registered.first(where: { $0.name + "_r" == name }) {
            self = map.reversed()
        } else {
            let hint = Self.builtInNames.first { $0.lowercased() == name.lowercased() }
                .map { " (did you mean '\($0)'?)" }
            throw .invalidArgument(
                "unknown colour map '\(name)'\(hint ?? ""): use one of "
                    + Self.registered.map(\.name).joined(separator: ", ")
                    + ", or any of them with '_r' for the map reversed (e.g. 'viridis_r')")
        }
    }
}
