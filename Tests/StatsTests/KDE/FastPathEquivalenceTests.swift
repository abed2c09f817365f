import Foundation
import PropertyBased
import Testing
@testable import Stats

/// The shortcuts taken for speed must give the same bits as the plain computations they replace.
@Suite struct FastPathEquivalenceTests {
    /// A constant's pairwise sum, summed once per distinct block length, equals
    /// numpy's pairwise sum over the materialised array (lengths across the 8 and 128 thresholds).
    @Test func constantPairwiseSumMatchesTheArraySum() async {
        await propertyCheck(input: Gen.int(in: 1...5_000), Gen.double(in: 1e-9...10)) { count, value in
            let array = [Double](repeating: value, count: count)
            let expected = array.withUnsafeBufferPointer { PairwiseSum.sum($0) }
            #expect(PairwiseSum.sum(repeating: value, count: count) == expected)
        }
        for count in [1, 7, 8, 9, 127, 128, 129, 256, 1_000_003] {
            let value = 1 / Double(count)
            let array = [Double](repeating: value, count: count)
            #expect(PairwiseSum.sum(repeating: value, count: count) == array.withUnsafeBufferPointer { PairwiseSum.sum($0) })
        }
    }

    /// The four-lane extrema scan agrees with a scan in data order, including the
    /// first-seen sign of a zero extreme and the values around non-finite ones.
    @Test func laneScanMatchesTheOrderedScan() async {
        await propertyCheck(input: Gen.double(in: -1e6...1e6).array(of: 1...300)) { values in
            Self.expectOrderedResult(values)
        }
        Self.expectOrderedResult([0.0, -0.0, 1, 2, 3, 4])
        Self.expectOrderedResult([-0.0, 0.0, 0.0, 0.0, -1, 5])
        Self.expectOrderedResult([1, 2, 3, 4, 5, -0.0, 0.0, 6, 7])
        Self.expectOrderedResult([3, .nan, 1, 2, .infinity, -5, 4, 8, 9])
        Self.expectOrderedResult([.nan, 3, 1, 2])
    }

    private static func expectOrderedResult(_ values: [Double]) {
        var low = values[0], high = values[0], nonFinite = 0
        for value in values {
            low = value < low ? value : low
            high = value > high ? value : high
            nonFinite += value.isFinite ? 0 : 1
        }
        let scan = values.withUnsafeBufferPointer { Summary.scanExtrema($0) }
        #expect(scan?.nonFinite == nonFinite)
        #expect(scan?.extrema.minimum.bitPattern == low.bitPattern)
        #expect(scan?.extrema.maximum.bitPattern == high.bitPattern)
    }
}
