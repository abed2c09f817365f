/// Axes that share one axis (matplotlib's `sharex`/`sharey` and twins): they
/// show the same view, autoscaled from all their data, with the same scale,
/// inversion and tickers, so that setting any of these on one sets it on all.
final class AxisShareGroup {
    private var weakMembers: [WeakAxes] = []
    private var isPropagating = false

    /// The axes of the group that still exist, in the order they joined.
    var members: [Axes] { weakMembers.compactMap(\.axes) }

    /// Puts `axes` in the group of `leader` along `orientation`, taking the
    /// leader's shared settings.
    static func join(_ axes: Axes, to leader: Axes, along orientation: AxisOrientation) {
        let group: AxisShareGroup
        if let existing = orientation == .x ? leader.xShare : leader.yShare {
            group = existing
        } else {
            group = AxisShareGroup()
            group.weakMembers.append(WeakAxes(axes: leader))
            if orientation == .x { leader.xShare = group } else { leader.yShare = group }
        }
        group.weakMembers.append(WeakAxes(axes: axes))
        if orientation == .x { axes.xShare = group } else { axes.yShare = group }
        group.propagate(from: leader, orientation: orientation)
    }

    /// Copies the shared settings of `source`'s axis to every other member.
    func propagate(from source: Axes, orientation: AxisOrientation) {
        guard !isPropagating else { return }
        isPropagating = true
        defer { isPropagating = false }
        let model = orientation == .x ? source.xAxis : source.yAxis
        for member in members where member !== source {
            if orientation == .x { member.xAxis.takeSharedSettings(of: model) } else { member.yAxis.takeSharedSettings(of: model) }
        }
    }

    private struct WeakAxes {
        weak var axes: Axes?
    }
}

extension Axis {
    /// Takes what axes sharing this axis have in common: scale, limits,
    /// inversion, margins and tickers (matplotlib shares the `Ticker`
    /// objects), not the look of the ticks nor the label.
    mutating func takeSharedSettings(of other: Axis) {
        scale = other.scale
        limits = other.limits
        isInverted = other.isInverted
        tickRangeHint = other.tickRangeHint
        major = other.major
        minor = other.minor
    }
}
