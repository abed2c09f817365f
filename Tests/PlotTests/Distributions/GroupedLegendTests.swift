import Foundation
import Testing
@testable import Plot

/// seaborn's `legend=False` on grouped plots: the groups are drawn, no
/// legend is.
@Suite struct GroupedLegendTests {
    private let groups = [
        DataGroup(name: "a", values: [0, 1, 1.5, 2, 3]),
        DataGroup(name: "b", values: [2, 3, 3.5, 4, 6]),
    ]

    @Test func histplotWithoutLegend() throws {
        let axes = Figure().addAxes()
        let result = try axes.histplot(groups: groups, legend: false)
        #expect(result.layers.count == 2)
        #expect(axes.legend == nil)
        let shown = Figure().addAxes()
        try shown.histplot(groups: groups)
        #expect(shown.legend?.entries?.map(\.label) == ["a", "b"])
    }

    @Test func kdeplotWithoutLegend() throws {
        let axes = Figure().addAxes()
        let result = try axes.kdeplot(groups: groups, legend: false)
        #expect(result.curves.count == 2)
        #expect(axes.legend == nil)
    }
}
