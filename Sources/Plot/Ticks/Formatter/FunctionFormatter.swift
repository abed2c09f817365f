/// Labels written by a function of the value and its position among the
/// ticks (matplotlib's `ticker.FuncFormatter`; also what a Python
/// `StrMethodFormatter("{x:.2f} s")` becomes in Swift).
///
/// ```swift
/// axes.xAxis.major.formatter = FunctionFormatter { value, _ in "\(Int(value)) s" }
/// ```
public struct FunctionFormatter: TickFormatter {
    public let format: @Sendable (_ value: Double, _ position: Int) -> String

    public init(_ format: @escaping @Sendable (_ value: Double, _ position: Int) -> String) {
        self.format = format
    }

    public func tickLabels(for locations: [Double], viewMin: Double, viewMax: Double) -> TickLabels {
        TickLabels(labels: locations.enumerated().map { .plain(format($0.element, $0.offset)) })
    }
}
