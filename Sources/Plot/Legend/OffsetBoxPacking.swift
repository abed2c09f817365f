/// matplotlib's `offsetbox` packing (`HPacker` and `VPacker` in "fixed"
/// mode, `_get_aligned_offsets`, `_get_packed_offsets`) in its own
/// coordinates: pixels, y upwards, each box given around its own origin.
enum OffsetBoxPacking {
    /// The extent of a box around its origin (an OffsetBox's `get_bbox`).
    struct Box: Hashable, Sendable {
        var x0: Double
        var y0: Double
        var x1: Double
        var y1: Double

        var width: Double { x1 - x0 }
        var height: Double { y1 - y0 }

        /// The box grown by `pad` on every side.
        func padded(_ pad: Double) -> Box {
            Box(x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad)
        }
    }

    /// How children line up across the packing direction: matplotlib's
    /// `align`, where `start` is "left"/"bottom" and `end` "right"/"top".
    enum Alignment: Hashable, Sendable {
        case baseline, start, center, end
    }

    /// A packed container: its box and the origin of each child in it.
    struct Packing: Hashable, Sendable {
        var box: Box
        var offsets: [Point]
    }

    /// `HPacker`: children left to right, `sep` apart, inside `pad`.
    static func horizontal(_ children: [Box], sep: Double, pad: Double = 0, align: Alignment = .baseline) -> Packing {
        guard let first = children.first else {
            return Packing(box: Box(x0: 0, y0: 0, x1: 0, y1: 0).padded(pad), offsets: [])
        }
        let (span, across) = aligned(children.map { ($0.y0, $0.y1) }, align: align)
        let (total, starts) = packed(children.map(\.width), sep: sep)
        let offsets = children.indices.map { Point(starts[$0] - (children[$0].x0 - first.x0), across[$0]) }
        return Packing(box: Box(x0: first.x0, y0: span.low, x1: first.x0 + total, y1: span.high).padded(pad),
                       offsets: offsets)
    }

    /// `VPacker`: children top to bottom, `sep` apart, inside `pad`; the
    /// container's origin is the first child's.
    static func vertical(_ children: [Box], sep: Double, pad: Double = 0, align: Alignment = .baseline) -> Packing {
        guard !children.isEmpty else {
            return Packing(box: Box(x0: 0, y0: 0, x1: 0, y1: 0).padded(pad), offsets: [])
        }
        let (span, across) = aligned(children.map { ($0.x0, $0.x1) }, align: align)
        let (height, starts) = packed(children.map(\.height), sep: sep)
        let tops = children.indices.map { height - (starts[$0] + children[$0].y1) }
        let descent = tops[0]
        let offsets = children.indices.map { Point(across[$0], tops[$0] - descent) }
        return Packing(box: Box(x0: span.low, y0: -descent, x1: span.high, y1: height - descent).padded(pad),
                       offsets: offsets)
    }

    /// `_get_aligned_offsets` without a fixed size: the span the aligned
    /// boxes cover and each box's offset.
    private static func aligned(_ spans: [(Double, Double)], align: Alignment)
        -> (span: (low: Double, high: Double), offsets: [Double])
    {
        let size = spans.map { $0.1 - $0.0 }.max() ?? 0
        switch align {
        case .baseline:
            return ((spans.map(\.0).min() ?? 0, spans.map(\.1).max() ?? 0), spans.map { _ in 0 })
        case .start:
            return ((0, size), spans.map { -$0.0 })
        case .center:
            return ((0, size), spans.map { (size - ($0.1 - $0.0)) / 2 - $0.0 })
        case .end:
            return ((0, size), spans.map { size - $0.1 })
        }
    }

    /// `_get_packed_offsets` in "fixed" mode: the total length and where
    /// each box starts.
    private static func packed(_ lengths: [Double], sep: Double) -> (total: Double, starts: [Double]) {
        var starts: [Double] = []
        var cursor = 0.0
        for length in lengths {
            starts.append(cursor)
            cursor += length + sep
        }
        return (cursor - sep, starts)
    }
}
