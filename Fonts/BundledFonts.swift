import Foundation

/// The font files that ship with VIPlot, so that figures look the same on
/// every machine, with or without system fonts.
///
/// The files are DejaVu Sans (the font matplotlib draws with by default)
/// and STIX General, which supplies the symbols DejaVu Sans lacks, as
/// matplotlib does with `font.family: ["DejaVu Sans", "STIXGeneral"]`. Both
/// are copied unchanged from matplotlib 3.11.2's `mpl-data/fonts/ttf`;
/// DejaVu's licence is `Fonts/LICENSE`, STIX's (the SIL Open Font License)
/// `Fonts/LICENSE_STIX`.
public enum BundledFont: String, CaseIterable, Sendable {
    /// DejaVu Sans, regular weight.
    case regular = "DejaVuSans"
    /// DejaVu Sans, bold.
    case bold = "DejaVuSans-Bold"
    /// DejaVu Sans, oblique.
    case oblique = "DejaVuSans-Oblique"
    /// STIX General, regular weight: the fallback of ``regular``.
    case stixGeneral = "STIXGeneral"
    /// STIX General, bold: the fallback of ``bold``.
    case stixGeneralBold = "STIXGeneralBol"
    /// STIX General, italic: the fallback of ``oblique``.
    case stixGeneralItalic = "STIXGeneralItalic"

    /// The face that supplies the glyphs this one lacks, or `nil` for the
    /// last face of a chain: the STIX General face matplotlib's font manager
    /// picks for the same weight and style.
    public var fallback: BundledFont? {
        switch self {
        case .regular: return .stixGeneral
        case .bold: return .stixGeneralBold
        case .oblique: return .stixGeneralItalic
        case .stixGeneral, .stixGeneralBold, .stixGeneralItalic: return nil
        }
    }

    /// The location of the TrueType file, or `nil` when it cannot be found.
    ///
    /// The search order is: the folder named by the environment variable
    /// `VIPLOT_FONT_DIR`; the resource bundle SwiftPM places beside the
    /// running executable (this covers `swift run`, `swift test` and a built
    /// binary started from any working directory); the bundle as Foundation
    /// locates it on Apple platforms.
    public var url: URL? {
        let fileName = rawValue + ".ttf"
        return Self.searchDirectories
            .map { $0.appendingPathComponent(fileName) }
            .first { FileManager.default.isReadableFile(atPath: $0.path) }
    }

    /// Folders that may hold the font files, most specific first.
    static var searchDirectories: [URL] {
        var directories: [URL] = []
        if let override = ProcessInfo.processInfo.environment["VIPLOT_FONT_DIR"] {
            directories.append(URL(fileURLWithPath: override))
        }
        let executableFolder = Bundle.main.executableURL?.resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for folder in [executableFolder, Bundle.main.bundleURL].compactMap({ $0 }) {
            directories.append(folder.appendingPathComponent("VIPlot_BundledFonts.resources/ttf"))
            directories.append(
                folder.appendingPathComponent("VIPlot_BundledFonts.bundle/Contents/Resources/ttf"))
            directories.append(folder.appendingPathComponent("VIPlot_BundledFonts.bundle/ttf"))
        }
        return directories
    }
}
