/// The polygon each hole of a filled contour belongs to, found during the
/// sweep (contourpy's `ParentCache`): as polygons are traced, each quad they
/// pass west of records the first one seen; a hole starting in a quad takes
/// the polygon recorded there or in the nearest quad to the south.
struct ParentCache {
    private let nx: Int
    private var owners: [Int?]

    init(nx: Int, count: Int) {
        self.nx = nx
        owners = [Int?](repeating: nil, count: count)
    }

    /// Forgets every polygon, before a new sweep.
    mutating func reset() {
        owners = [Int?](repeating: nil, count: owners.count)
    }

    /// Records `polygon` beside `quad` unless one is recorded already.
    mutating func claim(_ quad: Int, for polygon: Int) {
        if owners[quad] == nil { owners[quad] = polygon }
    }

    /// The polygon recorded at `quad` or nearest to its south.
    func owner(of quad: Int) -> Int {
        var index = quad
        while true {
            if let polygon = owners[index] { return polygon }
            index -= nx
            precondition(index >= 0, "a hole always lies inside a polygon")
        }
    }
}
