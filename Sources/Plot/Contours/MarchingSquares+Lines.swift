/// Line contours at one level (contourpy's `lines`): a sweep for lines that
/// start and end on boundaries, then one for closed loops inside the grid.
extension MarchingSquares {
    /// The lines where the field crosses `level`, each with higher values on
    /// its left, in contourpy's order; a closed loop ends at its first point.
    mutating func lines(at level: Double) -> [ContourCurve] {
        setLevels(lower: level, upper: level)
        var curves: [ContourCurve] = []
        for quad in 0..<(nx * ny) where !existsNone(quad) && !visited(quad, 1) {
            for side in boundaryStarts(quad) {
                var trace = Trace()
                var edge = QuadEdge(quad: quad, side: side)
                followInterior(&trace, from: &edge, levelIndex: 1, level: level, includeFirstPoint: true, start: nil, startLevel: 1)
                curves.append(ContourCurve(contourpyPoints: trace.points))
                if visited(quad, 1) { break }
            }
        }
        var quad = 0
        while quad < nx * ny {
            defer { quad += 1 }
            guard !existsNone(quad), !visited(quad, 1), let side = loopStartSide(quad) else { continue }
            var trace = Trace()
            let start = QuadEdge(quad: quad, side: side)
            var edge = start
            // contourpy starts a loop entering from the north one point late
            // and closes it on that point, as the code it replaced did.
            let lateStart = side == .north
            followInterior(&trace, from: &edge, levelIndex: 1, level: level, includeFirstPoint: !lateStart, start: start, startLevel: 1)
            if lateStart, let first = trace.points.first { trace.points.append(first) }
            curves.append(ContourCurve(contourpyPoints: trace.points))
            // A saddle quad holds a second loop: look at it again.
            if saddle(quad, 1) && !visited(quad, 1) { quad -= 1 }
        }
        return curves
    }

    /// The boundary sides of `quad` where a line enters the grid (higher
    /// values on the left of the side's direction into the quad), in
    /// contourpy's order of trying them. Each is tried only while the quad
    /// is still unvisited (see ``lines(at:)``).
    private func boundaryStarts(_ quad: Int) -> [QuadSide] {
        let (sw, se, nw, ne) = (level(quad), level(quad + 1), level(quad + nx), level(quad + nx + 1))
        var sides: [QuadSide] = []
        if boundaryS(quad) && sw >= 1 && se < 1 { sides.append(.south) }
        if boundaryW(quad) && nw >= 1 && sw < 1 { sides.append(.west) }
        if boundaryN(quad) && ne >= 1 && nw < 1 { sides.append(.north) }
        if boundaryE(quad) && se >= 1 && ne < 1 { sides.append(.east) }
        if cornerMask {
            if existsSWCorner(quad) && se >= 1 && nw < 1 { sides.append(.northEast) }
            if existsSECorner(quad) && ne >= 1 && sw < 1 { sides.append(.northWest) }
            if existsNWCorner(quad) && sw >= 1 && ne < 1 { sides.append(.southEast) }
            if existsNECorner(quad) && nw >= 1 && se < 1 { sides.append(.southWest) }
        }
        return sides
    }

    /// The side by which a line crossing `quad` enters it (contourpy's
    /// `get_start_edge` for the lower level), or `nil` when none does; a
    /// saddle's second line enters where the first one's visit left it.
    private func loopStartSide(_ quad: Int) -> QuadSide? {
        let (sw, se, nw, ne) = (quad, quad + 1, quad + nx, quad + nx + 1)
        guard existsAnyCorner(quad) else {
            let config = (level(nw) >= 1 ? 8 : 0) | (level(ne) >= 1 ? 4 : 0) | (level(sw) >= 1 ? 2 : 0) | (level(se) >= 1 ? 1 : 0)
            let southWestFirst = !saddle(quad, 1) || saddleStartSW(quad, 1)
            switch config {
            case 1, 3, 11: return .east
            case 2, 10, 14: return .south
            case 4, 5, 7: return .north
            case 8, 12, 13: return .west
            case 6: return southWestFirst ? .south : .north
            case 9: return southWestFirst ? .west : .east
            default: return nil
            }
        }
        // The triangle's corners in order: 1 → 2 along `side12`, 2 → 3 along `side23`, 3 → 1 along `side31`.
        let (point1, point2, point3, side12, side23, side31): (Int, Int, Int, QuadSide, QuadSide, QuadSide)
        if existsSWCorner(quad) {
            (point1, point2, point3, side12, side23, side31) = (se, sw, nw, .south, .west, .northEast)
        } else if existsSECorner(quad) {
            (point1, point2, point3, side12, side23, side31) = (ne, se, sw, .east, .south, .northWest)
        } else if existsNWCorner(quad) {
            (point1, point2, point3, side12, side23, side31) = (sw, nw, ne, .west, .north, .southEast)
        } else {
            (point1, point2, point3, side12, side23, side31) = (nw, ne, se, .north, .east, .southWest)
        }
        let config = (level(point1) >= 1 ? 4 : 0) | (level(point2) >= 1 ? 2 : 0) | (level(point3) >= 1 ? 1 : 0)
        switch config {
        case 1, 5: return side23
        case 2, 3: return side12
        case 4, 6: return side31
        default: return nil
        }
    }
}
