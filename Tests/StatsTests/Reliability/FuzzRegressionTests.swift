import Testing

@testable import Stats

/// Inputs that Tools/fuzz/run.sh found, kept as regression tests.
@Suite struct FuzzRegressionTests {
    /// stats target, timeout-3d284852…: subnormal values whose Freedman–Diaconis
    /// width asks for 4.7 million bins (as numpy's `histogram_bin_edges(v, "fd")`
    /// does) of subnormal width. The histogram is built; a density of it would
    /// divide by 5e-315 and is refused instead of returning infinite heights.
    @Test func subnormalDataWithMillionsOfBins() throws {
        // 0, 4.31006103e-315, 0, 3.3156184e-316, 2.35554848347851e-308, exactly as the fuzzer made them.
        let values = [0, 0x33ff_3ff0, 0, 0x400_0000, 0x10_f02e_c008_6000].map(Double.init(bitPattern:))
        let histogram = try Histogram(data: values, bins: .rule(.fd))
        #expect(histogram.counts.count == 4_672_708)
        #expect(histogram.total == 5)
        do {
            _ = try histogram.heights(stat: .density)
        } catch {
            guard case .binsTooNarrowForHeights(.density, let width) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(width < 1e-300)
        }
        #expect(try histogram.heights(stat: .probability).allSatisfy { $0.isFinite })
    }
}
