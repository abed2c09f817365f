import Testing
@testable import Stats

private struct NotebookFixture: Decodable, Sendable {
    struct Component: Decodable, Sendable {
        let mean: Double
        let scale: Double
        let indices: [Int]
        let values: [Double]
    }
    let variant: String
    let seed: UInt32
    let count: Int
    let components_count: Int
    let assignments: [Int]
    let components: [Component]
    let data: [Double]
}

@Suite struct NotebookDataTests {
    private static let fixtures: [NotebookFixture] =
        NumpyFixtures.load([NotebookFixture].self, from: "numpy_notebook.json")

    @Test func fixturesLoaded() {
        #expect(Self.fixtures.count == 4)
    }

    @Test(arguments: fixtures)
    fileprivate func reproducesNumpyValueByValue(_ expected: NotebookFixture) throws {
        let variant: NotebookData.Variant = expected.variant == "intended" ? .intended : .asWritten
        let notebook = try NotebookData.generate(
            variant: variant, seed: expected.seed, count: expected.count, components: expected.components_count)
        #expect(notebook.assignments == expected.assignments)
        #expect(notebook.data == expected.data)
        try #require(notebook.components.count == expected.components.count)
        for (component, reference) in zip(notebook.components, expected.components) {
            #expect(component.mean == reference.mean)
            #expect(component.scale == reference.scale)
            #expect(component.indices == reference.indices)
            #expect(component.values == reference.values)
        }
    }

    @Test func asWrittenDrawsOneValuePerComponent() throws {
        let notebook = try NotebookData.generate(variant: .asWritten)
        for component in notebook.components {
            #expect(component.values.count == 1)
            #expect(component.indices.allSatisfy { notebook.data[$0] == component.values[0] })
        }
        #expect(Set(notebook.data).count == 4)
    }

    @Test func badSizesThrow() {
        #expect(throws: RandomStateError.self) { try NotebookData.generate(components: 0) }
        #expect(throws: RandomStateError.self) { try NotebookData.generate(count: -5) }
    }
}

extension NotebookFixture: CustomTestStringConvertible {
    var testDescription: String { "\(variant), seed \(seed), n \(count), K \(components_count)" }
}
