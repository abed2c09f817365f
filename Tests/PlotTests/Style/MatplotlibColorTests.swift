import Foundation
import TestSupport
import Testing
@testable import Plot

/// `Color(matplotlib:cycle:)` against matplotlib 3.11.2's `to_rgba` (`color_names.json`): every
/// CSS4, Tableau and base name, names in other cases, `Cn` against the default and seaborn
/// "deep" cycles, hex and grey-level strings, and strings matplotlib refuses.
@Suite struct MatplotlibColorTests {
    struct Fixture: Decodable, Sendable {
        let valid: [String: [Double]]
        let invalid: [String]
        let deepCycle: [String: [Double]]
    }

    static let fixture: Fixture = FixtureFile.load("color_names.json", from: Bundle.module)

    @Test func everySpecMatplotlibReadsIsReadTheSame() throws {
        #expect(Self.fixture.valid.count > 160)
        for (spec, rgba) in Self.fixture.valid {
            let color = try Color(matplotlib: spec)
            #expect(color.rgba == rgba, "'\(spec)': \(color.rgba) vs matplotlib \(rgba)")
        }
    }

    @Test func cycleNamesFollowTheGivenCycle() throws {
        for (spec, rgba) in Self.fixture.deepCycle {
            #expect(try Color(matplotlib: spec, cycle: Color.seabornDeep).rgba == rgba, "'\(spec)'")
        }
        #expect(try Color(matplotlib: "C3", cycle: []) == .black)
        #expect(try Color(matplotlib: "C99999999999999999999999", cycle: Color.tab10) == Color.tab10[9])
    }

    @Test func everySpecMatplotlibRefusesIsRefused() {
        for spec in Self.fixture.invalid {
            #expect(throws: PlotError.self, "'\(spec)'") { try Color(matplotlib: spec) }
        }
        #expect(throws: PlotError.self) { try Color(matplotlib: "xkcd:sky blue") }
    }

    @Test func errorsSayWhatIsAccepted() {
        #expect {
            try Color(matplotlib: "notacolour")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'notacolour'") && message.contains("tab:blue") && message.contains("'0.5'")
        }
        #expect {
            try Color(matplotlib: "#12345")
        } throws: { error in
            String(describing: error).contains("invalid hex colour '#12345'")
        }
        #expect {
            try Color(matplotlib: "1.5")
        } throws: { error in
            String(describing: error).contains("0...1")
        }
    }
}
