extension Axis {
    /// Places string categories on the axis as matplotlib's category units
    /// do: each new category takes the next whole position (0, 1, 2, …, in
    /// order of first appearance), and the axis ticks every category with
    /// its name. Returns the positions of `names`.
    mutating func positions(ofCategories names: [String]) -> [Double] {
        for name in names where !categories.contains(name) {
            categories.append(name)
        }
        let positions = categories.indices.map(Double.init)
        if let locator = try? FixedLocator(positions) {
            major = Ticker(locator: locator, formatter: FixedFormatter(categories, at: positions))
        }
        return names.map { name in Double(categories.firstIndex(of: name) ?? 0) }
    }
}
