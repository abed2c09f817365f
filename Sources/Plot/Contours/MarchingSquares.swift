/// contourpy's `Mpl2014ContourGenerator` (contourpy 1.3.3, the algorithm
/// matplotlib's `contour` and `contourf` use by default), ported line by
/// line so that its vertices come out bit for bit and in its order, for the
/// whole grid as one chunk (matplotlib's `nchunk=0`).
///
/// One flag word per grid point holds what the sweeps need: whether the
/// quad to the north-east of the point exists (or only a triangle of it,
/// when one corner is masked and `cornerMask` is set), whether its south and
/// west sides are boundaries, the point's position against the levels, and
/// the visited and saddle marks of the sweep under way. The sweeps are in
/// `MarchingSquares+Lines.swift` and `MarchingSquares+Filled.swift`.
struct MarchingSquares {
    /// Points per row and per column.
    let nx: Int
    let ny: Int
    /// The coordinates and values of each point, `i + j * nx`.
    let xs: [Double]
    let ys: [Double]
    let zs: [Double]
    let cornerMask: Bool
    var flags: [UInt32]
    /// For filled contours, the polygon first seen beside each quad.
    var parents: ParentCache

    /// The grid flags for `grid`, whose non-finite values are masked.
    init(grid: ContourGrid) {
        nx = grid.x.count
        ny = grid.y.count
        xs = (0..<ny).flatMap { _ in grid.x }
        ys = grid.y.flatMap { [Double](repeating: $0, count: grid.x.count) }
        zs = grid.z.flatMap { $0 }
        cornerMask = grid.cornerMask
        flags = [UInt32](repeating: 0, count: nx * ny)
        parents = ParentCache(nx: nx, count: nx * ny)
        if zs.allSatisfy(\.isFinite) {
            markUnmaskedGrid()
        } else {
            markExistence(masked: zs.map { !$0.isFinite })
            markBoundaries()
        }
    }

    // MARK: Flag bits (contourpy's MASK_*); 1 and 2 are the lower and upper level.

    static let zLevel: UInt32 = 0x0003
    static let zLevel1: UInt32 = 0x0001
    static let zLevel2: UInt32 = 0x0002
    static let visited1: UInt32 = 0x0004
    static let visited2: UInt32 = 0x0008
    static let saddle1: UInt32 = 0x0010
    static let saddle2: UInt32 = 0x0020
    static let saddleLeft1: UInt32 = 0x0040
    static let saddleLeft2: UInt32 = 0x0080
    static let saddleStartSW1: UInt32 = 0x0100
    static let saddleStartSW2: UInt32 = 0x0200
    static let boundaryS: UInt32 = 0x0400
    static let boundaryW: UInt32 = 0x0800
    /// Exactly one of the five existence values is set per quad.
    static let existsQuad: UInt32 = 0x1000
    static let existsSWCorner: UInt32 = 0x2000
    static let existsSECorner: UInt32 = 0x3000
    static let existsNWCorner: UInt32 = 0x4000
    static let existsNECorner: UInt32 = 0x5000
    static let exists: UInt32 = 0x7000
    static let visitedS: UInt32 = 0x10000
    static let visitedW: UInt32 = 0x20000
    static let visitedCorner: UInt32 = 0x40000

    // MARK: Grid flags (contourpy's init_cache_grid)

    /// Every quad exists; the boundaries are the edges of the grid.
    private mutating func markUnmaskedGrid() {
        for j in 0..<ny {
            for i in 0..<nx {
                var word: UInt32 = 0
                if i < nx - 1 && j < ny - 1 { word |= Self.existsQuad }
                if (i == 0 || i == nx - 1) && j < ny - 1 { word |= Self.boundaryW }
                if (j == 0 || j == ny - 1) && i < nx - 1 { word |= Self.boundaryS }
                flags[i + j * nx] = word
            }
        }
    }

    /// Which quads (or, with `cornerMask`, which triangles of quads with one
    /// masked corner) exist.
    private mutating func markExistence(masked: [Bool]) {
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let quad = i + j * nx
                let config = (masked[quad + nx] ? 8 : 0) | (masked[quad + nx + 1] ? 4 : 0)
                    | (masked[quad] ? 2 : 0) | (masked[quad + 1] ? 1 : 0)
                if cornerMask {
                    switch config {
                    case 0: flags[quad] = Self.existsQuad
                    case 1: flags[quad] = Self.existsNWCorner
                    case 2: flags[quad] = Self.existsNECorner
                    case 4: flags[quad] = Self.existsSWCorner
                    case 8: flags[quad] = Self.existsSECorner
                    default: break
                    }
                } else if config == 0 {
                    flags[quad] = Self.existsQuad
                }
            }
        }
    }

    /// The south and west sides between existing and missing parts of the
    /// grid, from the quads to the south and west already marked.
    private mutating func markBoundaries() {
        for j in 0..<ny {
            for i in 0..<nx {
                let quad = i + j * nx
                if cornerMask {
                    let westNone = i == 0 || existsNone(quad - 1)
                    let southNone = j == 0 || existsNone(quad - nx)
                    let westHasEast = i > 0 && existsEastSide(quad - 1)
                    let southHasNorth = j > 0 && existsNorthSide(quad - nx)
                    if (existsWestSide(quad) && westNone) || (existsNone(quad) && westHasEast) {
                        flags[quad] |= Self.boundaryW
                    }
                    if (existsSouthSide(quad) && southNone) || (existsNone(quad) && southHasNorth) {
                        flags[quad] |= Self.boundaryS
                    }
                } else {
                    let westQuad = i > 0 && existsQuad(quad - 1)
                    let southQuad = j > 0 && existsQuad(quad - nx)
                    if existsQuad(quad) != westQuad { flags[quad] |= Self.boundaryW }
                    if existsQuad(quad) != southQuad { flags[quad] |= Self.boundaryS }
                }
            }
        }
    }

    // MARK: Level flags (contourpy's init_cache_levels)

    /// Clears the marks of the last sweep and places every point against
    /// `lower` and `upper` (equal for line contours): above a level means
    /// strictly greater.
    mutating func setLevels(lower: Double, upper: Double) {
        let keep = (cornerMask ? Self.exists : Self.existsQuad) | Self.boundaryS | Self.boundaryW
        for point in flags.indices {
            flags[point] &= keep
            let z = zs[point]
            if lower != upper && z > upper {
                flags[point] |= Self.zLevel2
            } else if z > lower {
                flags[point] |= Self.zLevel1
            }
        }
    }

    // MARK: Reading flags

    /// The level index of a point: 0 at or below the lower level, 1 above
    /// it, 2 above the upper level.
    func level(_ point: Int) -> UInt32 { flags[point] & Self.zLevel }

    func isSet(_ mask: UInt32, _ quad: Int) -> Bool { flags[quad] & mask != 0 }

    func visited(_ quad: Int, _ levelIndex: UInt32) -> Bool {
        isSet(levelIndex == 1 ? Self.visited1 : Self.visited2, quad)
    }

    func saddle(_ quad: Int, _ levelIndex: UInt32) -> Bool {
        isSet(levelIndex == 1 ? Self.saddle1 : Self.saddle2, quad)
    }

    func saddleLeft(_ quad: Int, _ levelIndex: UInt32) -> Bool {
        isSet(levelIndex == 1 ? Self.saddleLeft1 : Self.saddleLeft2, quad)
    }

    func saddleStartSW(_ quad: Int, _ levelIndex: UInt32) -> Bool {
        isSet(levelIndex == 1 ? Self.saddleStartSW1 : Self.saddleStartSW2, quad)
    }

    func boundaryS(_ quad: Int) -> Bool { isSet(Self.boundaryS, quad) }
    func boundaryW(_ quad: Int) -> Bool { isSet(Self.boundaryW, quad) }
    func boundaryN(_ quad: Int) -> Bool { boundaryS(quad + nx) }
    func boundaryE(_ quad: Int) -> Bool { boundaryW(quad + 1) }

    private func existence(_ quad: Int) -> UInt32 { flags[quad] & Self.exists }
    func existsQuad(_ quad: Int) -> Bool { existence(quad) == Self.existsQuad }
    func existsNone(_ quad: Int) -> Bool { existence(quad) == 0 }
    func existsSWCorner(_ quad: Int) -> Bool { existence(quad) == Self.existsSWCorner }
    func existsSECorner(_ quad: Int) -> Bool { existence(quad) == Self.existsSECorner }
    func existsNWCorner(_ quad: Int) -> Bool { existence(quad) == Self.existsNWCorner }
    func existsNECorner(_ quad: Int) -> Bool { existence(quad) == Self.existsNECorner }
    func existsAnyCorner(_ quad: Int) -> Bool { !existsNone(quad) && !existsQuad(quad) }
    func existsWestSide(_ quad: Int) -> Bool { existsQuad(quad) || existsSWCorner(quad) || existsNWCorner(quad) }
    func existsEastSide(_ quad: Int) -> Bool { existsQuad(quad) || existsSECorner(quad) || existsNECorner(quad) }
    func existsSouthSide(_ quad: Int) -> Bool { existsQuad(quad) || existsSWCorner(quad) || existsSECorner(quad) }
    func existsNorthSide(_ quad: Int) -> Bool { existsQuad(quad) || existsNWCorner(quad) || existsNECorner(quad) }

    // MARK: Points

    /// The point where `level` crosses the side from `point1` to `point2`,
    /// with contourpy's arithmetic (so that the result is the same double).
    func crossing(_ point1: Int, _ point2: Int, level: Double) -> Point {
        let fraction = (zs[point2] - level) / (zs[point2] - zs[point1])
        return Point(
            xs[point1] * fraction + xs[point2] * (1.0 - fraction),
            ys[point1] * fraction + ys[point2] * (1.0 - fraction))
    }

    /// The crossing of `level` on a quad side.
    func crossing(_ edge: QuadEdge, level: Double) -> Point {
        crossing(pointIndex(edge, start: true), pointIndex(edge, start: false), level: level)
    }

    /// The grid point `point`.
    func gridPoint(_ point: Int) -> Point { Point(xs[point], ys[point]) }
}
