/// Maps data and axes-fraction coordinates of one axes to device pixels.
public struct AxesTransform: Sendable, Hashable {
    /// The axes box in device pixels.
    public let box: Rect
    /// The visible data interval along x (left to right).
    public let xLimits: ClosedRange<Double>
    /// The visible data interval along y (bottom to top).
    public let yLimits: ClosedRange<Double>

    public init(box: Rect, xLimits: ClosedRange<Double>, yLimits: ClosedRange<Double>) {
        self.box = box
        self.xLimits = xLimits
        self.yLimits = yLimits
    }

    /// The device x of a value.
    @inline(__always)
    public func deviceX(_ value: Double, in space: CoordinateSpace = .data) -> Double {
        switch space {
        case .data:
            return box.minX + (value - xLimits.lowerBound) / (xLimits.upperBound - xLimits.lowerBound) * box.width
        case .axesFraction:
            return box.minX + value * box.width
        }
    }

    /// The device y of a value (device y grows downwards).
    @inline(__always)
    public func deviceY(_ value: Double, in space: CoordinateSpace = .data) -> Double {
        switch space {
        case .data:
            return box.maxY - (value - yLimits.lowerBound) / (yLimits.upperBound - yLimits.lowerBound) * box.height
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
