import Foundation
import Plot

/// The numbers behind a distplot, as `vi-gallery distplot --json` prints them:
///
/// ```json
/// {"bins": {"counts": [...], "edges": [...], "heights": [...], "rule": "auto"},
///  "dropped": 0, "kde": {"bandwidth": 0.41, "x": [...], "y": [...]}, "n": 200}
/// ```
/// `n` counts the values used, `dropped` the NaN and infinite ones removed;
/// `kde.bandwidth` is the kernel's standard deviation. `bins` or `kde` is
/// `null` when that part was not drawn. Keys are sorted; numbers are
/// written with the fewest digits that read back to the same double.
struct DistplotReport: Encodable, Equatable {
    /// The histogram's bins and heights.
    struct BinsReport: Encodable, Equatable {
        let rule: String
        let edges: [Double]
        let counts: [Double]
        let heights: [Double]
    }

    /// The density curve.
    struct KDEReport: Encodable, Equatable {
        let bandwidth: Double
        let x: [Double]
        let y: [Double]
    }

    let n: Int
    let dropped: Int
    let bins: BinsReport?
    let kde: KDEReport?

    private enum CodingKeys: String, CodingKey {
        case n, dropped, bins, kde
    }

    /// The report of `result`, whose bins were chosen by `ruleName`.
    init(_ result: DistplotResult, ruleName: String) {
        n = result.n
        dropped = result.dropped
        if let histogram = result.histogram, let heights = result.heights {
            bins = BinsReport(rule: ruleName, edges: histogram.edges, counts: histogram.counts, heights: heights)
        } else {
            bins = nil
        }
        kde = result.kde.map { KDEReport(bandwidth: $0.bandwidth, x: $0.support, y: $0.density) }
    }

    /// Writes absent parts as `null` rather than leaving the key out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(dropped, forKey: .dropped)
        try container.encode(bins, forKey: .bins)
        try container.encode(kde, forKey: .kde)
    }

    /// The report as one line of JSON.
    ///
    /// - Throws: ``DistplotReportError/nonFinite(field:)`` when a number is
    ///   NaN or infinite (JSON has no such numbers), e.g. the heights of bins
    ///   narrower than the smallest normal double.
    func json() throws -> String {
        let fields: [(String, [Double])] = [
            ("bins.edges", bins?.edges ?? []), ("bins.heights", bins?.heights ?? []),
            ("kde.bandwidth", kde.map { [$0.bandwidth] } ?? []), ("kde.x", kde?.x ?? []), ("kde.y", kde?.y ?? []),
        ]
        if let field = fields.first(where: { !$0.1.allSatisfy(\.isFinite) }) {
            throw DistplotReportError.nonFinite(field: field.0)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
