/// Following the boundary of the grid (or of its masked regions) for a
/// filled contour (contourpy's `follow_boundary`).
extension MarchingSquares {
    /// Walks anticlockwise along boundary sides from `edge`, appending the
    /// grid point at the end of each, until the field leaves the band on
    /// one of them (then the crossing there is appended and `edge` is that
    /// side) or the walk returns to `start`.
    ///
    /// - Returns: the level the polygon continues on: 1 where it leaves the
    ///   boundary across the lower level, 2 across the upper.
    mutating func followBoundary(
        _ trace: inout Trace, from edge: inout QuadEdge, lower: Double, upper: Double, levelIndex: UInt32,
        start: QuadEdge
    ) -> UInt32 {
        var levelIndex = levelIndex
        var endLevel: UInt32 = 0
        var firstEdge = true
        while true {
            let startLevel = firstEdge ? level(pointIndex(edge, start: true)) : endLevel
            let endPoint = pointIndex(edge, start: false)
            endLevel = level(endPoint)
            var stop = false
            if startLevel <= levelIndex && endLevel == 2 {
                // Rising through the upper level: the polygon turns inward on it.
                levelIndex = 2
                stop = true
            } else if startLevel >= 1 && endLevel == 0 {
                // Falling through the lower level.
                levelIndex = 1
                stop = true
            }
            if !firstEdge && !stop && edge == start { break }
            markVisited(edge)
            if stop {
                trace.points.append(crossing(edge, level: levelIndex == 1 ? lower : upper))
                break
            }
            edge = nextBoundaryEdge(edge)
            if let owner = trace.owner {
                switch edge.side {
                case .west, .southWest, .south, .southEast:
                    if !existsSECorner(edge.quad) { parents.claim(edge.quad, for: owner) }
                case .east, .northEast, .north, .northWest:
                    if !existsSWCorner(edge.quad) { parents.claim(edge.quad + 1, for: owner) }
                }
            }
            trace.points.append(gridPoint(endPoint))
            firstEdge = false
        }
        return levelIndex
    }

    /// Marks a boundary side as walked, on the quad whose south or west side
    /// it is (or on the triangle, for a diagonal).
    private mutating func markVisited(_ edge: QuadEdge) {
        switch edge.side {
        case .east: flags[edge.quad + 1] |= Self.visitedW
        case .north: flags[edge.quad + nx] |= Self.visitedS
        case .west: flags[edge.quad] |= Self.visitedW
        case .south: flags[edge.quad] |= Self.visitedS
        case .northEast, .northWest, .southWest, .southEast: flags[edge.quad] |= Self.visitedCorner
        }
    }
}
