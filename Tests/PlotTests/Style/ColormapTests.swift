import Testing
@testable import Plot

/// Colour maps beyond the fixtures: names, extremes through reversing and resampling, the
/// float rule at the table's edges, and bad input as typed errors.
@Suite struct ColormapTests {
    @Test func unknownNamesListTheValidOnes() {
        #expect {
            try Colormap(named: "jet")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'jet'") && message.contains("viridis") && message.contains("icefire")
                && message.contains("'_r'")
        }
    }

    @Test func aNameInTheWrongCaseGetsAHint() {
        #expect {
            try Colormap(named: "greys")
        } throws: { error in
            String(describing: error).contains("did you mean 'Greys'?")
        }
        #expect(throws: PlotError.self) { try Colormap(named: "viridis_r_r") }
        #expect(throws: PlotError.self) { try Colormap(named: "") }
    }

    @Test func reversingTwiceGivesTheTableBack() throws {
        let coolwarm = try Colormap(named: "coolwarm")
        let twice = coolwarm.reversed().reversed()
        #expect(twice.name == "coolwarm_r_r")
        for (a, b) in zip(twice.colors, coolwarm.colors) {
            #expect(abs(a.red - b.red) < 1e-15 && abs(a.blue - b.blue) < 1e-15)
        }
        #expect(Colormap.viridis.reversed().reversed().colors == Colormap.viridis.colors)
    }

    @Test func setExtremesSwapWhenReversedAndStayWhenResampled() throws {
        var map = Colormap.viridis
        map.under = .white
        map.over = .black
        map.bad = Color(red: 1, green: 0, blue: 0)
        #expect(map(-0.5) == .white && map(2) == .black && map(.nan) == map.bad)
        let reversed = map.reversed()
        #expect(reversed.under == .black && reversed.over == .white && reversed.bad == map.bad)
        let resampled = try map.resampled(4)
        #expect(resampled.under == .white && resampled.over == .black && resampled.bad == map.bad)
        // Unset extremes follow the table: the reversed map's under is the old last colour.
        #expect(Colormap.magma.reversed().under == Colormap.magma.colors.last)
    }

    @Test func floatsMapAsMatplotlibsRule() throws {
        let map = try Colormap(name: "four", colors: [.black, .white, .clear, Color(red: 1, green: 0, blue: 0)])
        #expect(map(0) == .black)
        #expect(map(0.2499) == .black)
        #expect(map(0.25) == .white)
        #expect(map(1) == map.colors[3])           // x == 1 is the last entry, not over
        #expect(map(-0.0) == .black)               // −0 is not below 0
        #expect(map(-1e-300) == map.under)         // truncation would give entry 0; under wins
        #expect(map(.infinity) == map.over && map(-.infinity) == map.under)
        #expect(map(.nan) == .clear)
    }

    @Test func aListedMapNeedsAColourAndAResampleAtLeastOne() throws {
        #expect(throws: PlotError.self) { try Colormap(name: "empty", colors: []) }
        #expect(throws: PlotError.self) { try Colormap.viridis.resampled(0) }
        #expect(throws: PlotError.self) { try Colormap.gray.resampled(-3) }
        let single = try Colormap(name: "one", colors: [.white])
        #expect(single(0) == .white && single(1) == .white && single(0.5) == .white)
    }

    @Test func aliasesAreCopiesUnderMatplotlibsNames() throws {
        let grey = try Colormap(named: "grey")
        #expect(grey.name == "grey" && grey.colors == Colormap.gray.colors)
        #expect(try Colormap(named: "Grays_r").name == "Grays_r")
        #expect(try Colormap(named: "Grays").colors == Colormap.greys.colors)
    }
}
