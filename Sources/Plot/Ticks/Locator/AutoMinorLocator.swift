import Foundation

/// Minor ticks that split each major interval evenly (matplotlib's
/// `ticker.AutoMinorLocator`): into 5 when the major step is 1, 2.5, 5 or 10
/// times a power of ten, else into 4, unless `divisions` says how many.
///
/// It needs at least two major ticks and a linear axis; otherwise it places
/// none, as matplotlib does.
public struct AutoMinorLocator: TickLocator, Hashable {
    /// Intervals per major step; `nil` to choose 4 or 5 from the step.
    public let divisions: Int?

    /// - Throws: ``TickError/invalidBinCount(_:)`` for fewer than 1 division.
    public init(divisions: Int? = nil) throws(TickError) {
        if let divisions, divisions < 1 { throw .invalidBinCount(divisions) }
        self.divisions = divisions
    }

    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] {
        guard axis.scale == .linear else { return [] }
        let major = Array(Set(axis.majorLocations)).sorted()
        guard major.count >= 2 else { return [] }
        let majorStep = major[1] - major[0]
        let count: Int
        if let divisions {
            count = divisions
        } else {
            let exponent = log10(majorStep)
            let mantissa = pow(10, exponent - exponent.rounded(.down))
            count = [1, 2.5, 5, 10].contains { Self.isClose(mantissa, $0) } ? 5 : 4
        }
        let minorStep = majorStep / Double(count)
        let (low, high) = (min(viewMin, viewMax), max(viewMin, viewMax))
        let first = ((low - major[0]) / minorStep).rounded(.toNearestOrEven)
        let last = ((high - major[0]) / minorStep).rounded(.toNearestOrEven) + 1
        guard first.isFinite, last.isFinite else { throw .nonFiniteViewLimits(viewMin, viewMax) }
        guard last - first <= Double(TickError.maximumTickCount) else {
            throw .tooManyTicks(count: last - first, locator: "AutoMinorLocator")
        }
        guard first < last else { return [] }
        return (Int(first)..<Int(last)).map { Double($0) * minorStep + major[0] }
    }

    /// numpy's `isclose` (relative 1e-5, absolute 1e-8).
    private static func isClose(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-8 + 1e-5 * abs(b)
    }
}
