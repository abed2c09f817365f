/// One side of an axes box: where a spine runs and where an axis may draw
/// its ticks, tick labels and label.
public enum AxesSide: String, Sendable, Hashable, CaseIterable {
    case left, right, top, bottom

    /// The axis that can draw on this side.
    public var orientation: AxisOrientation {
        switch self {
        case .left, .right: return .y
        case .top, .bottom: return .x
        }
    }

    /// Whether ticks on this side point away from the box towards smaller
    /// device coordinates (left or up).
    var pointsTowardsOrigin: Bool { self == .left || self == .top }
}
