import Testing
@testable import Plot

/// matplotlib's HPacker/VPacker arithmetic on boxes worked out by hand.
@Suite struct OffsetBoxPackingTests {
    typealias Box = OffsetBoxPacking.Box

    /// A handle (0…20 wide, 0…7 up) and a label (0…30, 3 below to 11 above)
    /// side by side: baseline-aligned, 8 apart.
    @Test func horizontalPackingKeepsBaselines() {
        let packing = OffsetBoxPacking.horizontal(
            [Box(x0: 0, y0: 0, x1: 20, y1: 7), Box(x0: 0, y0: -3, x1: 30, y1: 11)], sep: 8)
        #expect(packing.box == Box(x0: 0, y0: -3, x1: 58, y1: 11))
        #expect(packing.offsets == [Point(0, 0), Point(28, 0)])
    }

    /// A child whose box starts left of its origin is shifted so that its
    /// box, not its origin, follows the previous one.
    @Test func horizontalPackingPlacesBoxesNotOrigins() {
        let packing = OffsetBoxPacking.horizontal(
            [Box(x0: 0, y0: 0, x1: 10, y1: 5), Box(x0: -4, y0: 0, x1: 6, y1: 5)], sep: 2, pad: 1)
        #expect(packing.offsets == [Point(0, 0), Point(16, 0)])
        #expect(packing.box == Box(x0: -1, y0: -1, x1: 23, y1: 6))
    }

    /// Two rows 14 tall (3 below, 11 above the baseline), 5 apart: the
    /// second baseline sits 19 below the first, and the container's origin
    /// is the first row's.
    @Test func verticalPackingStacksFromTheTop() {
        let row = Box(x0: 0, y0: -3, x1: 40, y1: 11)
        let packing = OffsetBoxPacking.vertical([row, Box(x0: 0, y0: -3, x1: 60, y1: 11)], sep: 5)
        #expect(packing.offsets == [Point(0, 0), Point(0, -19)])
        #expect(packing.box == Box(x0: 0, y0: -22, x1: 60, y1: 11))
    }

    /// Centred alignment puts each child in the middle of the widest (values
    /// checked against matplotlib's VPacker at 72 dpi, where points are pixels).
    @Test func verticalPackingCentres() {
        let packing = OffsetBoxPacking.vertical(
            [Box(x0: 0, y0: 0, x1: 20, y1: 10), Box(x0: 0, y0: 0, x1: 60, y1: 10)], sep: 0, pad: 2, align: .center)
        #expect(packing.offsets == [Point(20, 0), Point(0, -10)])
        #expect(packing.box == Box(x0: -2, y0: -12, x1: 62, y1: 12))
    }

    @Test func emptyPackingsAreJustPadding() {
        #expect(OffsetBoxPacking.vertical([], sep: 3, pad: 2).box == Box(x0: -2, y0: -2, x1: 2, y1: 2))
        #expect(OffsetBoxPacking.horizontal([], sep: 3).offsets.isEmpty)
    }
}
