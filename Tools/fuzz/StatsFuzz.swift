// libFuzzer target for the Stats module's histogram and Gaussian KDE on
// arbitrary doubles (every finite bit pattern: denormals, ±1.8e308, ties),
// compiled with Sources/Stats/**/*.swift by Tools/fuzz/run.sh. Not part of
// `swift build` or `swift test`.
//
// The first byte chooses the bins (a numpy rule or a count up to 64); the rest
// is read as little-endian doubles, NaN and infinities removed. Whatever the
// data, the statistics either throw their typed error or return sound
// results: strictly increasing finite edges, counts summing to the number of
// values, finite non-negative heights, a finite increasing grid and a finite
// non-negative density. Anything else stops the fuzzer with the input saved.

@_cdecl("LLVMFuzzerTestOneInput")
public func statsFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let control = input.first else { return 0 }
    let values = StatsFuzzInput.doubles(input.dropFirst()).filter(\.isFinite)
    guard !values.isEmpty else { return 0 }
    StatsFuzzInput.checkHistogram(values, bins: StatsFuzzInput.bins(control))
    StatsFuzzInput.checkKDE(values)
    return 0
}

enum StatsFuzzInput {
    static func bins(_ control: UInt8) -> Bins {
        let rules = BinRule.allCases
        if Int(control) < rules.count * 16 { return .rule(rules[Int(control) % rules.count]) }
        return .count(Int(control) % 64 + 1)
    }

    static func doubles(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [Double] {
        stride(from: bytes.startIndex, to: bytes.endIndex - 7, by: 8).map { start in
            var bits: UInt64 = 0
            for offset in 0..<8 { bits |= UInt64(bytes[start + offset]) << (8 * offset) }
            return Double(bitPattern: bits)
        }
    }

    static func checkHistogram(_ values: [Double], bins: Bins) {
        let histogram: Histogram
        do {
            histogram = try Histogram(data: values, bins: bins)
        } catch {
            require(!error.description.isEmpty, "a histogram error without a message")
            return
        }
        let edges = histogram.edges
        require(edges.allSatisfy(\.isFinite), "non-finite edge in \(edges)")
        require(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 }, "edges not increasing: \(edges)")
        require(histogram.total == Double(values.count), "counts sum to \(histogram.total), not \(values.count)")
        for stat in HistogramStat.allCases {
            guard let heights = try? histogram.heights(stat: stat) else { continue }
            require(heights.allSatisfy { $0.isFinite && $0 >= 0 }, "\(stat) heights \(heights)")
        }
    }

    static func checkKDE(_ values: [Double]) {
        let kde: GaussianKDE
        do {
            kde = try GaussianKDE(data: values)
        } catch {
            require(!"\(error)".isEmpty, "a KDE error without a message")
            return
        }
        require(kde.bandwidth.isNormal && kde.bandwidth > 0, "bandwidth \(kde.bandwidth)")
        guard let grid = try? kde.supportGrid() else { return }
        require(grid.allSatisfy(\.isFinite), "non-finite grid point")
        require(zip(grid, grid.dropFirst()).allSatisfy { $0 <= $1 }, "grid not increasing")
        let density = kde.density(at: grid)
        require(density.allSatisfy { $0.isFinite && $0 >= 0 }, "density \(density.prefix(8))…")
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}
