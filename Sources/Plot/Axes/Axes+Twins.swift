/// Twin axes: a second y axis on the right sharing x (`twinx`), or a second
/// x axis on top sharing y (`twiny`), as matplotlib makes them.
extension Axes {
    /// New axes over these, sharing x, with their own y axis on the right
    /// (matplotlib's `ax.twinx()`): no background, the shared x axis hidden,
    /// the next colours of their own cycle.
    @discardableResult
    public func twinx() -> Axes {
        let twin = makeTwin()
        AxisShareGroup.join(twin, to: self, along: .x)
        twin.xAxis.isVisible = false
        twin.yAxis.updateTickStyles(.both) { style in
            if !style.markSides.isEmpty { style.markSides = [.right] }
            style.labelSides = [.right]
        }
        twin.yAxis.labelSide = .right
        return twin
    }

    /// New axes over these, sharing y, with their own x axis on top
    /// (matplotlib's `ax.twiny()`).
    @discardableResult
    public func twiny() -> Axes {
        let twin = makeTwin()
        AxisShareGroup.join(twin, to: self, along: .y)
        twin.yAxis.isVisible = false
        twin.xAxis.updateTickStyles(.both) { style in
            if !style.markSides.isEmpty { style.markSides = [.top] }
            style.labelSides = [.top]
        }
        twin.xAxis.labelSide = .top
        return twin
    }

    private func makeTwin() -> Axes {
        let twin = Axes(theme: theme, figureSize: figureSize, position: position)
        twin.gridCell = gridCell
        twin.twinOf = self
        twin.drawsBackground = false
        figure?.adopt([twin])
        return twin
    }

    /// Hides the tick labels (major and minor) of one axis on `side`, with
    /// its offset text (matplotlib's `label_outer` for shared axes).
    func hideTickLabels(_ orientation: AxisOrientation, on side: AxesSide) {
        if orientation == .x {
            xAxis.updateTickStyles(.both) { $0.labelSides.remove(side) }
        } else {
            yAxis.updateTickStyles(.both) { $0.labelSides.remove(side) }
        }
    }
}
