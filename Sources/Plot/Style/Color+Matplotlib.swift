import Foundation

extension Color {
    /// A colour from a matplotlib colour string, as `matplotlib.colors.to_rgba(spec)`:
    ///
    /// - a CSS4 (X11) name, `"red"`, `"cornflowerblue"` (matplotlib's `CSS4_COLORS`; any
    ///   case, `"Red"`), or a Tableau name, `"tab:blue"` … `"tab:cyan"` (`TABLEAU_COLORS`);
    /// - a one-letter base colour, `"k"`, `"r"`, `"g"`, `"b"`, `"c"`, `"m"`, `"y"`, `"w"`
    ///   (`BASE_COLORS`: `"g"` is (0, 0.5, 0), `"c"` (0, 0.75, 0.75));
    /// - `"C0"`, `"C1"`, …: the colours of `cycle` (matplotlib's `axes.prop_cycle`), counted
    ///   round it, so `"C10"` is `"C0"` for a cycle of ten;
    /// - hex, `"#rrggbb"`, `"#rrggbbaa"`, `"#rgb"`, `"#rgba"`;
    /// - a grey level in 0...1 as a decimal string, `"0.5"`;
    /// - `"none"`: transparent black.
    ///
    /// matplotlib's `xkcd:` names are not known.
    ///
    /// ```swift
    /// let edge = try Color(matplotlib: "tab:orange")
    /// let second = try Color(matplotlib: "C1", cycle: Theme.seabornDarkgrid.colorCycle)
    /// ```
    ///
    /// - Parameters:
    ///   - spec: The colour string.
    ///   - cycle: The colours `"C0"`, `"C1"`, … name, usually a theme's
    ///     ``Theme/colorCycle``; matplotlib's default cycle, ``tab10``, unless given. An empty
    ///     cycle makes every `"Cn"` black, as matplotlib's fallback `['k']`.
    /// - Throws: ``PlotError/invalidArgument(_:)`` saying which forms are accepted when
    ///   `spec` is none of them.
    public init(matplotlib spec: String, cycle: [Color] = Color.tab10) throws(PlotError) {
        if let index = Self.cycleIndex(spec, count: max(cycle.count, 1)) {
            self = cycle.isEmpty ? .black : cycle[index]
        } else if spec.lowercased() == "none" {
            self = .clear
        } else if let named = Self.named(spec) ?? (spec.count == 1 ? nil : Self.named(spec.lowercased())) {
            self = named
        } else if spec.hasPrefix("#") {
            guard let color = Color(hex: spec) else {
                throw .invalidArgument(
                    "invalid hex colour '\(spec)': use '#rrggbb', '#rrggbbaa', '#rgb' or '#rgba' with hex digits")
            }
            self = color
        } else if let grey = Self.greyLevel(spec) {
            guard (0...1).contains(grey) else {
                throw .invalidArgument("invalid grey level '\(spec)': a grey level is a number in 0...1, such as '0.5'")
            }
            self.init(red: grey, green: grey, blue: grey)
        } else {
            throw .invalidArgument(
                "'\(spec)' is not a matplotlib colour: use a name ('red', 'tab:blue', 'k'), 'C0', 'C1', …, "
                    + "hex ('#1f77b4', '#1f77b480', '#fff'), a grey level ('0.5') or 'none'")
        }
    }

    /// The entry of the colour cycle `"C<digits>"` names (matplotlib's `\AC[0-9]+\Z`), taken
    /// modulo `count` digit by digit so that any number of digits is accepted, as Python's `int`.
    private static func cycleIndex(_ spec: String, count: Int) -> Int? {
        let digits = spec.utf8.dropFirst()
        guard spec.utf8.first == UInt8(ascii: "C"), !digits.isEmpty,
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return digits.reduce(0) { ($0 * 10 + Int($1 - UInt8(ascii: "0"))) % count }
    }

    /// The colour of an exact name: a base letter, a Tableau name (also spelled `tab:grey`)
    /// or a CSS4 name, as a key of matplotlib's `_colors_full_map`.
    private static func named(_ name: String) -> Color? {
        if let base = baseNames[name] { return base }
        if name.hasPrefix("tab:"),
            let index = tableauNames.firstIndex(of: name.replacingOccurrences(of: "grey", with: "gray"))
        {
            return tab10[index]
        }
        return css4Names[name].map { Color(rgb: $0) }
    }

    /// The number a grey-level string holds, as Python's `float(spec)` reads decimal text
    /// (surrounding spaces allowed); `nil` for anything else, including hexadecimal floats.
    private static func greyLevel(_ spec: String) -> Double? {
        let trimmed = spec.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.contains(where: { $0 == "x" || $0 == "X" }) else { return nil }
        return Double(trimmed)
    }
}
