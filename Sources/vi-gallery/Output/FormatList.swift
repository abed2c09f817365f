import ArgumentParser
import Foundation
import Plot

/// The output formats asked for with `--format png,pdf`, in order, without repeats.
struct FormatList: Equatable {
    let formats: [OutputFormat]

    /// The gallery's default: PNG and PDF.
    static let gallery = FormatList(formats: [.png, .pdf])

    /// Parses a comma-separated list of format names (case-insensitive).
    ///
    /// - Throws: a `ValidationError` naming an unknown format and the valid ones.
    init(parsing text: String) throws(ValidationError) {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: trimmed) else {
                throw ValidationError("unknown format '\(name)'; valid formats: \(Self.validNames)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        self.formats = formats
    }

    private init(formats: [OutputFormat]) {
        self.formats = formats
    }

    /// The valid format names, for messages.
    static var validNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }
}
