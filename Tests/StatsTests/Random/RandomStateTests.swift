import Testing
@testable import Stats

private struct RandomStreams: Decodable, Sendable {
    let seed: UInt32
    let random_sample: [Double]
    let randint_0_4: [Int]
    let randint_m7_1000: [Int]
    let randint_0_2pow40: [Int]
    let randint_full: [Int]
    let laplace: [Double]
    let normal: [Double]
    let standard_normal: [Double]
    let uniform: [Double]
    let mixed: [Double]

    enum CodingKeys: String, CodingKey {
        case seed, random_sample, randint_0_4, randint_m7_1000, randint_0_2pow40, randint_full
        case standard_normal, mixed
        case laplace = "laplace_1.5_2"
        case normal = "normal_3_0.5"
        case uniform = "uniform_m2_5"
    }
}

@Suite struct RandomStateTests {
    private static let streams: [RandomStreams] = NumpyFixtures.load([RandomStreams].self, from: "numpy_random.json")

    @Test func fixturesLoaded() {
        #expect(Self.streams.count == 3)
    }

    @Test(arguments: streams)
    fileprivate func randomSampleMatchesNumpy(_ expected: RandomStreams) throws {
        var rng = RandomState(seed: expected.seed)
        #expect(try rng.randomSample(count: expected.random_sample.count) == expected.random_sample)
    }

    @Test(arguments: streams)
    fileprivate func randintMatchesNumpy(_ expected: RandomStreams) throws {
        var rng = RandomState(seed: expected.seed)
        #expect(try rng.randint(low: 0, high: 4, count: expected.randint_0_4.count) == expected.randint_0_4)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.randint(low: -7, high: 1000, count: expected.randint_m7_1000.count) == expected.randint_m7_1000)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.randint(low: 0, high: 1 << 40, count: expected.randint_0_2pow40.count) == expected.randint_0_2pow40)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.randint(low: .min, high: .max, count: expected.randint_full.count) == expected.randint_full)
    }

    @Test(arguments: streams)
    fileprivate func continuousDistributionsMatchNumpy(_ expected: RandomStreams) throws {
        var rng = RandomState(seed: expected.seed)
        #expect(try rng.laplace(loc: 1.5, scale: 2, count: expected.laplace.count) == expected.laplace)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.normal(loc: 3, scale: 0.5, count: expected.normal.count) == expected.normal)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.standardNormal(count: expected.standard_normal.count) == expected.standard_normal)
        rng = RandomState(seed: expected.seed)
        #expect(try rng.uniform(low: -2, high: 5, count: expected.uniform.count) == expected.uniform)
    }

    @Test(arguments: streams)
    fileprivate func interleavedCallsKeepTheCachedGaussian(_ expected: RandomStreams) throws {
        var rng = RandomState(seed: expected.seed)
        var values = try rng.standardNormal(count: 3)
        values += try rng.randomSample(count: 2)
        values.append(try rng.normal(loc: 10, scale: 2))
        values.append(Double(try rng.randint(low: 0, high: 4)))
        values += try rng.laplace(loc: 0, scale: 1, count: 2)
        values.append(rng.nextStandardNormal())
        values.append(try rng.uniform(low: 1, high: 2))
        #expect(values == expected.mixed)
    }

    @Test func copiesForkTheStream() {
        var original = RandomState(seed: 99)
        _ = original.standardNormal()
        var copy = original
        #expect(original.standardNormal() == copy.standardNormal())
        #expect(original.nextUniform() == copy.nextUniform())
    }

    @Test func invalidArgumentsThrow() {
        var rng = RandomState(seed: 1)
        #expect(throws: RandomStateError.emptyIntegerRange(low: 3, high: 3)) { try rng.randint(low: 3, high: 3) }
        #expect(throws: RandomStateError.negativeCount(-1)) { try rng.randomSample(count: -1) }
        #expect(throws: RandomStateError.invalidScale(name: "scale", value: -1)) { try rng.laplace(scale: -1) }
        #expect(throws: RandomStateError.self) { try rng.normal(scale: .nan, count: 2) }
        #expect(throws: RandomStateError.self) { try rng.uniform(low: -.greatestFiniteMagnitude, high: .greatestFiniteMagnitude) }
        #expect(RandomStateError.emptyIntegerRange(low: 3, high: 3).description.contains("high is exclusive"))
    }
}

extension RandomStreams: CustomTestStringConvertible {
    var testDescription: String { "seed \(seed)" }
}
