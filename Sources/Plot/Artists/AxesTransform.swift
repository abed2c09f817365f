/// Maps data and axes-fraction coordinates of one axes to device pixels.
public struct AxesTransform: Sendable, Hashable {
    /// The axes box in device pixels.
    public let box: Rect
    /// The visible data interval along x (left to right).
    public let xLimits: ClosedRange<Double>
    /// The visible data interval along y (bottom to top).
    public let yLimits: ClosedRange<Double>
    public let xScale: AxisScale
    public let yScale: AxisScale
    /// The limits in the scales' linear spaces.
    private let xSpan: (low: Double, high: Double)
    private let ySpan: (low: Double, high: Double)

    public init(
        box: Rect, xLimits: ClosedRange<Double>, yLimits: ClosedRange<Double>,
        xScale: AxisScale = .linear, yScale: AxisScale = .linear
    ) {
        self.box = box
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.xScale = xScale
        self.yScale = yScale
        xSpan = (xScale.forward(xLimits.lowerBound), xScale.forward(xLimits.upperBound))
        ySpan = (yScale.forward(yLimits.lowerBound), yScale.forward(yLimits.upperBound))
    }

    public static func == (a: AxesTransform, b: AxesTransform) -> Bool {
        a.box == b.box && a.xLimits == b.xLimits && a.yLimits == b.yLimits && a.xScale == b.xScale
            && a.yScale == b.yScale
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box)
        hasher.combine(xLimits)
        hasher.combine(yLimits)
    }

    /// The device x of a value.
    @inline(__always)
    public func deviceX(_ value: Double, in space: CoordinateSpace = .data) -> Double {
        switch space {
        case .data:
            return box.minX + (xScale.forward(value) - xSpan.low) / (xSpan.high - xSpan.low) * box.width
        case .axesFraction:
            return box.minX + value * box.width
        }
    }

    /// The device y of a value (device y grows downwards).
    @inline(__always)
    public func deviceY(_ value: Double, in space: CoordinateSpace = .data) -> Double {
        switch space {
        case .data:
            return box.maxY - (yScale.forward(value) - ySpan.low) / (ySpan.high - ySpan.low) * box.height
        case .axesFraction:
            return box.maxY - value * box.height
        }
    }

    /// The device position of a data point.
    public func device(_ x: Double, _ y: Double, xSpace: CoordinateSpace = .data, ySpace: CoordinateSpace = .data)
        -> Point
    {
        Point(deviceX(x, in: xSpace), deviceY(y, in: ySpace))
    }
}

/// What an artist needs to draw itself.
public struct DrawContext {
    public let renderer: any Renderer
    public let transform: AxesTransform
    public let theme: Theme

    /// Artists that stay inside the axes box clip to this.
    public var clip: Rect { transform.box }
}
