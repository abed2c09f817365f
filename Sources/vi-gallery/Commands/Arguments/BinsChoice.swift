import ArgumentParser
import Stats

/// `--bins`: a numpy bin rule by name, or a number of bins.
struct BinsChoice: Equatable {
    /// The bins handed to `distplot`.
    let bins: Bins
    /// How the JSON report names the choice: the rule's name, or `count`.
    let ruleName: String

    /// The most bins `--bins` accepts: a figure is a few thousand pixels
    /// wide, and each bin costs memory and time in the histogram, its bars
    /// and the JSON report.
    static let maximumCount = 100_000

    /// numpy's default rule, `auto`.
    static let auto = BinsChoice(bins: .rule(.auto), ruleName: BinRule.auto.rawValue)

    /// Parses a rule name (as numpy spells it) or a positive bin count.
    ///
    /// - Throws: a `ValidationError` listing the valid rules.
    init(parsing text: String) throws(ValidationError) {
        if let rule = BinRule(rawValue: text) {
            self.init(bins: .rule(rule), ruleName: rule.rawValue)
        } else if let count = Int(text), count > 0 {
            guard count <= Self.maximumCount else {
                throw ValidationError(
                    "\(count) bins are more than a figure can show (and would take gigabytes); give at most \(Self.maximumCount)")
            }
            self.init(bins: .count(count), ruleName: "count")
        } else {
            throw ValidationError("unknown bins '\(text)'; give a positive bin count or one of: \(Self.ruleNames)")
        }
    }

    private init(bins: Bins, ruleName: String) {
        self.bins = bins
        self.ruleName = ruleName
    }

    /// The rule names, for help and messages.
    static var ruleNames: String { BinRule.allCases.map(\.rawValue).joined(separator: ", ") }
}
