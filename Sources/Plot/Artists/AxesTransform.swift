/// Maps data and axes-fraction coordinates of one axes to device pixels.
public struct AxesTransform: Sendable, Hashable {
    /// The axes box in device pixels.
    public let box: Rect
    /// The x values at the left and right edges of the box.
    public let xView: AxisLimits
    /// The y values at the bottom and top edges of the box.
    public let yView: AxisLimits
    public let xScale: AxisScale
    public let yScale: AxisScale
    /// The limits in the scales' linear spaces.
    private let xSpan: (low: Double, high: Double)
    private let ySpan: (low: Double, high: Double)

    /// A transform showing `xView` across and `yView` up the box (either
    /// may run high to low, for an inverted axis).
    public init(box: Rect, xView: AxisLimits, yView: AxisLimits, xScale: AxisScale = .linear, yScale: AxisScale = .linear) {
        self.box = box
        self.xView = xView
        self.yView = yView
        self.xScale = xScale
        self.yScale = yScale
        xSpan = (xScale.forward(xView.start), xScale.forward(xView.end))
        ySpan = (yScale.forward(yView.start), yScale.forward(yView.end))
    }

    /// A transform showing increasing `xLimits` and `yLimits`.
    public init(
        box: Rect, xLimits: ClosedRange<Double>, yLimits: ClosedRange<Double>,
        xScale: AxisScale = .linear, yScale: AxisScale = .linear
    ) {
        self.init(box: box, xView: AxisLimits(xLimits), yView: AxisLimits(yLimits), xScale: xScale, yScale: yScale)
    }

    /// The visible x interval, low to high.
    public var xLimits: ClosedRange<Double> { xView.range }
    /// The visible y interval, low to high.
    public var yLimits: ClosedRange<Double> { yView.range }

    /// The view of the axis along `orientation`.
    func view(_ orientation: AxisOrientation) -> AxisLimits { orientation == .x ? xView : yView }

    /// The scale of the axis along `orientation`.
    func scale(_ orientation: AxisOrientation) -> AxisScale { orientation == .x ? xScale : yScale }

    public static func == (a: AxesTransform, b: AxesTransform) -> Bool {
        a.box == b.box && a.xView == b.xView && a.yView == b.yView && a.xScale == b.xScale && a.yScale == b.yScale
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box)
        hasher.combine(xView)
        hasher.combine(yView)
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
