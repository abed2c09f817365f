import Foundation
import TestSupport
import Testing

/// The files in `Fixtures/`, written by `make_distplot_fixtures.py`.
enum Fixtures {
    static var folder: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// One `vi-gallery distplot` case and what numpy/scipy/seaborn computed for it.
    struct DistplotCase: Decodable, CustomTestStringConvertible {
        let name: String
        let file: String
        let arguments: [String]
        let expected: Report

        var testDescription: String { name }
    }

    /// The shape of `distplot --json` output.
    struct Report: Decodable {
        struct Bins: Decodable {
            let rule: String
            let edges: [Double]
            let counts: [Double]
            let heights: [Double]
        }
        struct KDE: Decodable {
            let bandwidth: Double
            let x: [Double]
            let y: [Double]
        }
        let n: Int
        let dropped: Int
        let bins: Bins?
        let kde: KDE?
    }

    static func distplotCases() -> [DistplotCase] {
        FixtureFile.load("distplot_cases.json", from: .module)
    }
}
