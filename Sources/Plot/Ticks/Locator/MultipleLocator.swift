import Foundation

/// Ticks at every whole multiple of `base`, shifted by `offset` (matplotlib's
/// `ticker.MultipleLocator(base, offset)`).
///
/// ```swift
/// axes.xAxis.major.locator = try MultipleLocator(base: 0.25)   // …, 0, 0.25, 0.5, …
/// ```
public struct MultipleLocator: TickLocator, Hashable {
    public let base: Double
    public let offset: Double

    /// - Throws: ``TickError/invalidStep(_:)`` unless `base` is finite and
    ///   positive and `offset` finite.
    public init(base: Double = 1, offset: Double = 0) throws(TickError) {
        guard base.isFinite, base > 0 else { throw .invalidStep(base) }
        guard offset.isFinite else { throw .invalidStep(offset) }
        self.base = base
        self.offset = offset
    }

    public func tickValues(viewMin: Double, viewMax: Double, axis: TickAxisInfo) throws(TickError) -> [Double] {
        guard viewMin.isFinite, viewMax.isFinite else { throw .nonFiniteViewLimits(viewMin, viewMax) }
        let edge = EdgeInteger(step: base, offset: 0)
        let low = edge.stepsAtOrAbove(min(viewMin, viewMax) - offset) * base
        let high = max(viewMin, viewMax) - offset
        let count = PythonFloat.floorDivide(high - low + 0.001 * base, base)
        guard count.isFinite, count < Double(TickError.maximumTickCount) else {
            throw .tooManyTicks(count: count + 1, locator: "MultipleLocator(base: \(base))")
        }
        guard count >= 0 else { return [] }
        return (0...Int(count)).map { offset + low + Double($0) * base }
    }
}
