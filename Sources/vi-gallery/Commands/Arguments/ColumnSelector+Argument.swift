import ArgumentParser

extension ColumnSelector {
    /// Parses `--column`: a non-negative index, or a header name.
    ///
    /// - Throws: a `ValidationError` for a negative index (which
    ///   ArgumentParser would otherwise take for an option and report as a
    ///   missing value).
    init(parsing text: String) throws(ValidationError) {
        if let index = Int(text), index < 0 {
            throw ValidationError("column indices start at 0; give 0 or more, or a header name")
        }
        self.init(text)
    }
}
