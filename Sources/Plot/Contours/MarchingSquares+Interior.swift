/// Following one contour level through the interior of the grid
/// (contourpy's `follow_interior`), for line and filled contours.
extension MarchingSquares {
    /// Where a contour being followed belongs while it is traced.
    struct Trace {
        /// The points so far.
        var points: [Point] = []
        /// The polygon that holes found beside this contour belong to (the
        /// contour itself, or the polygon a hole lies in); `nil` for line
        /// contours, which have no holes.
        var owner: Int?
    }

    /// Follows `level` (the lower level for `levelIndex` 1, the upper for 2)
    /// from `edge` across quads, appending the crossing on each exit side,
    /// until it reaches a boundary or returns to `start` on `startLevel`.
    ///
    /// Lower-level contours keep higher values on their left, upper-level
    /// ones on their right. On exit `edge` is the side it stopped on.
    mutating func followInterior(
        _ trace: inout Trace, from edge: inout QuadEdge, levelIndex: UInt32, level: Double,
        includeFirstPoint: Bool, start: QuadEdge?, startLevel: UInt32
    ) {
        if includeFirstPoint { trace.points.append(crossing(edge, level: level)) }
        let visitedMask = levelIndex == 1 ? Self.visited1 : Self.visited2
        let saddleMask = levelIndex == 1 ? Self.saddle1 : Self.saddle2
        while true {
            let quad = edge.quad
            let direction: TurnDirection
            if flags[quad] & saddleMask != 0 {
                direction = saddleLeft(quad, levelIndex) ? .left : .right
                flags[quad] |= visitedMask
            } else if existsAnyCorner(quad) {
                direction = cornerTurn(edge, levelIndex: levelIndex)
                flags[quad] |= visitedMask
            } else {
                direction = quadTurn(edge, levelIndex: levelIndex, level: level)
            }
            edge.side = exitSide(edge, direction)
            if let owner = trace.owner {
                if edge.side == .east {
                    parents.claim(quad + 1, for: owner)
                } else if edge.side == .west {
                    parents.claim(quad, for: owner)
                }
            }
            trace.points.append(crossing(edge, level: level))
            if isBoundary(edge) { break }
            edge = nextQuad(edge)
            if let start, edge == start, levelIndex == startLevel { break }
        }
    }

    /// The turn in a triangle: decided by the corner opposite the entry side.
    private func cornerTurn(_ edge: QuadEdge, levelIndex: UInt32) -> TurnDirection {
        let quad = edge.quad
        let (sw, se, nw, ne) = (quad, quad + 1, quad + nx, quad + nx + 1)
        let opposite: Int
        switch edge.side {
        case .east: opposite = existsSECorner(quad) ? sw : nw
        case .north: opposite = existsNWCorner(quad) ? sw : se
        case .west: opposite = existsSWCorner(quad) ? se : ne
        case .south: opposite = existsSWCorner(quad) ? nw : ne
        case .northEast: opposite = sw
        case .northWest: opposite = se
        case .southWest: opposite = ne
        case .southEast: opposite = nw
        }
        return (level(opposite) >= levelIndex) != (levelIndex == 2) ? .right : .left
    }

    /// The turn in a full quad from the two corners beyond the entry side;
    /// a saddle is resolved by the mean of the four corners and remembered,
    /// the quad counting as visited only when its second contour passes.
    private mutating func quadTurn(_ edge: QuadEdge, levelIndex: UInt32, level value: Double) -> TurnDirection {
        let quad = edge.quad
        let (sw, se, nw, ne) = (quad, quad + 1, quad + nx, quad + nx + 1)
        let (left, right): (Int, Int)
        switch edge.side {
        case .east: (left, right) = (sw, nw)
        case .north: (left, right) = (se, sw)
        case .west: (left, right) = (ne, se)
        case .south: (left, right) = (nw, ne)
        default: preconditionFailure("a full quad has no diagonal side")
        }
        var config = (level(left) >= levelIndex ? 2 : 0) | (level(right) >= levelIndex ? 1 : 0)
        if levelIndex == 2 { config = 3 - config }
        guard config == 1 else {
            flags[quad] |= levelIndex == 1 ? Self.visited1 : Self.visited2
            return config == 0 ? .left : (config == 3 ? .right : .straight)
        }
        let middle = 0.25 * (zs[sw] + zs[se] + zs[nw] + zs[ne])
        flags[quad] |= levelIndex == 1 ? Self.saddle1 : Self.saddle2
        let direction: TurnDirection
        if (middle > value) != (levelIndex == 2) {
            direction = .right
        } else {
            direction = .left
            flags[quad] |= levelIndex == 1 ? Self.saddleLeft1 : Self.saddleLeft2
        }
        if edge.side == .north || edge.side == .east {
            flags[quad] |= levelIndex == 1 ? Self.saddleStartSW1 : Self.saddleStartSW2
        }
        return direction
    }
}
