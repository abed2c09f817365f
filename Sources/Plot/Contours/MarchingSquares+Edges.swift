/// Moving between quads and along their sides (contourpy's
/// `get_edge_point_index`, `get_exit_edge`, `is_edge_a_boundary`,
/// `move_to_next_quad` and `move_to_next_boundary_edge`).
extension MarchingSquares {
    /// The point at the start or end of a side, its sides running
    /// anticlockwise around the quad (or triangle).
    func pointIndex(_ edge: QuadEdge, start: Bool) -> Int {
        let quad = edge.quad
        let (sw, se, nw, ne) = (quad, quad + 1, quad + nx, quad + nx + 1)
        switch edge.side {
        case .east: return start ? se : ne
        case .north: return start ? ne : nw
        case .west: return start ? nw : sw
        case .south: return start ? sw : se
        case .northEast: return start ? se : nw
        case .northWest: return start ? ne : sw
        case .southWest: return start ? nw : se
        case .southEast: return start ? sw : ne
        }
    }

    /// The side by which a contour entering at `edge` and turning `direction`
    /// leaves the quad (a triangle has no straight on).
    func exitSide(_ edge: QuadEdge, _ direction: TurnDirection) -> QuadSide {
        let quad = edge.quad
        let left = direction == .left, right = direction == .right
        guard existsAnyCorner(quad) else {
            switch edge.side {
            case .east: return left ? .south : (right ? .north : .west)
            case .north: return left ? .east : (right ? .west : .south)
            case .west: return left ? .north : (right ? .south : .east)
            case .south: return left ? .west : (right ? .east : .north)
            default: preconditionFailure("a full quad has no diagonal side")
            }
        }
        switch edge.side {
        case .east:
            return existsSECorner(quad) ? (left ? .south : .northWest) : (right ? .north : .southWest)
        case .north:
            return existsNWCorner(quad) ? (right ? .west : .southEast) : (left ? .east : .southWest)
        case .west:
            return existsSWCorner(quad) ? (right ? .south : .northEast) : (left ? .north : .southEast)
        case .south:
            return existsSWCorner(quad) ? (left ? .west : .northEast) : (right ? .east : .northWest)
        case .northEast: return left ? .south : .west
        case .northWest: return left ? .east : .south
        case .southWest: return left ? .north : .east
        case .southEast: return left ? .west : .north
        }
    }

    /// Whether a side lies between existing and missing parts of the grid
    /// (a triangle's diagonal always does).
    func isBoundary(_ edge: QuadEdge) -> Bool {
        let quad = edge.quad
        switch edge.side {
        case .east: return boundaryE(quad)
        case .north: return boundaryN(quad)
        case .west: return boundaryW(quad)
        case .south: return boundaryS(quad)
        case .northEast: return existsSWCorner(quad)
        case .northWest: return existsSECorner(quad)
        case .southWest: return existsNECorner(quad)
        case .southEast: return existsNWCorner(quad)
        }
    }

    /// Crosses `edge` into the neighbouring quad, entering by its opposite side.
    func nextQuad(_ edge: QuadEdge) -> QuadEdge {
        switch edge.side {
        case .east: return QuadEdge(quad: edge.quad + 1, side: .west)
        case .north: return QuadEdge(quad: edge.quad + nx, side: .south)
        case .west: return QuadEdge(quad: edge.quad - 1, side: .east)
        case .south: return QuadEdge(quad: edge.quad - nx, side: .north)
        default: preconditionFailure("a contour leaves a triangle's diagonal only at a boundary")
        }
    }

    /// The next boundary side anticlockwise around the existing region: from
    /// the end point of `edge`, the sharpest left turn that is a boundary
    /// (in steps of 45° with `cornerMask`, else 90°).
    func nextBoundaryEdge(_ edge: QuadEdge) -> QuadEdge {
        let quad = pointIndex(edge, start: false)
        let first: Int
        switch edge.side {
        case .east: first = 0
        case .southEast: first = 1
        case .south: first = 2
        case .southWest: first = 3
        case .west: first = 4
        case .northWest: first = 5
        case .north: first = 6
        case .northEast: first = 7
        }
        var index = cornerMask ? first : first + 1
        let start = index
        repeat {
            switch index {
            case 0 where existsSECorner(quad - nx - 1): return QuadEdge(quad: quad - nx - 1, side: .northWest)
            case 1 where boundaryN(quad - nx - 1): return QuadEdge(quad: quad - nx - 1, side: .north)
            case 2 where existsSWCorner(quad - 1): return QuadEdge(quad: quad - 1, side: .northEast)
            case 3 where boundaryE(quad - 1): return QuadEdge(quad: quad - 1, side: .east)
            case 4 where existsNWCorner(quad): return QuadEdge(quad: quad, side: .southEast)
            case 5 where boundaryS(quad): return QuadEdge(quad: quad, side: .south)
            case 6 where existsNECorner(quad - nx): return QuadEdge(quad: quad - nx, side: .southWest)
            case 7 where boundaryW(quad - nx): return QuadEdge(quad: quad - nx, side: .west)
            default: break
            }
            index = (index + (cornerMask ? 1 : 2)) % 8
        } while index != start
        preconditionFailure("a boundary always continues")
    }
}
