/// Filled contours between two levels (contourpy's `filled`,
/// `single_quad_filled` and `start_filled`): one sweep up the grid that
/// starts each polygon in the southernmost quad it touches, so that every
/// hole starts after the polygon it lies in and finds it in the
/// ``ParentCache``.
extension MarchingSquares {
    /// A polygon or a hole while the sweep runs.
    struct Ring {
        var points: [Point] = []
        let isHole: Bool
        /// The holes of a polygon, in the order they were found.
        var holes: [Int] = []
    }

    /// The regions where `lower < z <= upper`, in contourpy's order, each
    /// exterior anticlockwise and its holes clockwise.
    mutating func filledRegions(lower: Double, upper: Double) -> [ContourRegion] {
        setLevels(lower: lower, upper: upper)
        parents.reset()
        var rings: [Ring] = []
        for quad in 0..<(nx * ny) where !existsNone(quad) {
            startPolygons(in: quad, rings: &rings, lower: lower, upper: upper)
        }
        return rings.filter { !$0.isHole }.map { ring in
            ContourRegion(exterior: ring.points, holes: ring.holes.map { rings[$0].points })
        }
    }

    /// How a polygon starts: which level, whether it is a hole, and whether
    /// its first stretch follows the boundary or the interior.
    private struct Start {
        let side: QuadSide
        let levelIndex: UInt32
        let isHole: Bool
        let onBoundary: Bool

        init(_ side: QuadSide, _ levelIndex: UInt32, hole: Bool = false, boundary: Bool = false) {
            self.side = side
            self.levelIndex = levelIndex
            self.isHole = hole
            self.onBoundary = boundary
        }
    }

    /// Starts and completes every polygon that begins in `quad`, south side
    /// first and northward from there, as contourpy's `single_quad_filled`
    /// (each test sees the marks of the polygons started before it).
    private mutating func startPolygons(in quad: Int, rings: inout [Ring], lower: Double, upper: Double) {
        let (sw, se, nw, ne) = (level(quad), level(quad + 1), level(quad + nx), level(quad + nx + 1))
        func start(_ start: Start) {
            trace(start, in: quad, rings: &rings, lower: lower, upper: upper)
        }
        if boundaryS(quad) && existsSouthSide(quad) {
            if !isSet(Self.visitedS, quad) && sw >= 1 && se == 0 { start(Start(.south, 1)) }
            if !isSet(Self.visitedS, quad) && sw < 2 && se == 2 { start(Start(.south, 2)) }
            if !isSet(Self.visitedS, quad) && sw <= 1 && se == 1 { start(Start(.south, 1, boundary: true)) }
            if !isSet(Self.visitedS, quad) && sw == 2 && se == 1 { start(Start(.south, 2, boundary: true)) }
        }
        if boundaryW(quad) && existsWestSide(quad) {
            if !isSet(Self.visitedW, quad) && nw >= 1 && sw == 0 { start(Start(.west, 1)) }
            if !isSet(Self.visitedW, quad) && nw < 2 && sw == 2 { start(Start(.west, 2)) }
            if !isSet(Self.visitedW, quad) && nw <= 1 && sw == 1 { start(Start(.west, 1, boundary: true)) }
            if !isSet(Self.visitedW, quad) && nw == 2 && sw == 1 { start(Start(.west, 2, boundary: true)) }
        }
        if existsSWCorner(quad) {
            if !isSet(Self.visitedCorner, quad) && nw == 1 && se == 1 {
                start(Start(.northEast, 1, hole: true, boundary: true))
            }
        } else if existsNWCorner(quad) {
            if !visited(quad, 1) && nw == 0 && sw == 0 && ne >= 1 { start(Start(.north, 1)) }
            if !visited(quad, 2) && nw < 2 && sw < 2 && ne == 2 { start(Start(.southEast, 2, hole: true)) }
            if !visited(quad, 2) && nw == 2 && sw == 2 && ne < 2 { start(Start(.north, 2)) }
            if !visited(quad, 1) && nw >= 1 && sw >= 1 && ne == 0 { start(Start(.southEast, 1, hole: true)) }
        } else if existsSECorner(quad) {
            if !visited(quad, 1) && sw == 0 && se == 0 && ne >= 1 { start(Start(.northWest, 1)) }
            if !visited(quad, 2) && sw < 2 && se < 2 && ne == 2 { start(Start(.east, 2, hole: true)) }
            if !visited(quad, 2) && sw == 2 && se == 2 && ne < 2 { start(Start(.northWest, 2)) }
            if !visited(quad, 1) && sw >= 1 && se >= 1 && ne == 0 { start(Start(.east, 1, hole: true)) }
        } else if existsNECorner(quad) {
            if !isSet(Self.visitedCorner, quad) && nw >= 1 && se == 0 { start(Start(.southWest, 1)) }
            if !isSet(Self.visitedCorner, quad) && nw < 2 && se == 2 { start(Start(.southWest, 2)) }
            if !isSet(Self.visitedCorner, quad) && nw <= 1 && se == 1 { start(Start(.southWest, 1, boundary: true)) }
            if !isSet(Self.visitedCorner, quad) && nw == 2 && se == 1 { start(Start(.southWest, 2, boundary: true)) }
        }
        // A full quad (or a north-east triangle) can only start a polygon at
        // its north-east corner; a saddle's other contour leaves by the west
        // and was started further south.
        if existsQuad(quad) || existsNECorner(quad) {
            if !visited(quad, 1) && nw == 0 && se == 0 && ne >= 1 && (!saddle(quad, 1) || saddleLeft(quad, 1)) {
                start(Start(.north, 1))
            }
            if !visited(quad, 2) && nw < 2 && se < 2 && ne == 2 && (!saddle(quad, 2) || !saddleLeft(quad, 2)) {
                start(Start(.east, 2, hole: true))
            }
            if !visited(quad, 2) && nw == 2 && se == 2 && ne < 2 && (!saddle(quad, 2) || saddleLeft(quad, 2)) {
                start(Start(.north, 2))
            }
            if !visited(quad, 1) && nw >= 1 && se >= 1 && ne == 0 && (!saddle(quad, 1) || !saddleLeft(quad, 1)) {
                start(Start(.east, 1, hole: true))
            }
        }
        // A hole around a masked region inside a polygon, along its south side.
        if boundaryN(quad) && existsNorthSide(quad) && !isSet(Self.visitedS, quad + nx) && nw == 1 && ne == 1 {
            start(Start(.north, 1, hole: true, boundary: true))
        }
    }

    /// Traces one polygon from `start` in `quad` until it closes, switching
    /// between interior stretches and boundary stretches (contourpy's
    /// `start_filled`), and adds it to `rings`.
    private mutating func trace(_ start: Start, in quad: Int, rings: inout [Ring], lower: Double, upper: Double) {
        let index = rings.count
        var owner = index
        if start.isHole {
            owner = parents.owner(of: quad + 1)
            rings[owner].holes.append(index)
        }
        rings.append(Ring(isHole: start.isHole))
        var trace = Trace(owner: owner)
        let first = QuadEdge(quad: quad, side: start.side)
        var edge = first
        var levelIndex = start.levelIndex
        var onBoundary = start.onBoundary
        while true {
            if onBoundary {
                levelIndex = followBoundary(&trace, from: &edge, lower: lower, upper: upper, levelIndex: levelIndex, start: first)
            } else {
                followInterior(
                    &trace, from: &edge, levelIndex: levelIndex, level: levelIndex == 1 ? lower : upper,
                    includeFirstPoint: false, start: first, startLevel: start.levelIndex)
            }
            if edge == first && (onBoundary || levelIndex == start.levelIndex) { break }
            onBoundary.toggle()
        }
        rings[index].points = trace.points
    }
}
