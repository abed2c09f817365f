/// Colorbars beside their axes, as matplotlib's `fig.colorbar(mappable,
/// ax=ax)` makes them under the default layout (`colorbar.make_axes`).
extension Figure {
    /// Adds a vertical colorbar to the right of `parent`, taking its room
    /// from the parent: the parent keeps `1 − fraction − pad` of its width,
    /// and the bar, `fraction` of it wide at most, is `aspect` times as tall
    /// as wide, flush left in its slot and centred vertically.
    ///
    /// ```swift
    /// let mapping = try ScalarMapping(colormap: .viridis, norm: try Normalize(vmin: 0, vmax: 1))
    /// try figure.colorbar(mapping, for: axes, label: "density")
    /// ```
    ///
    /// - Parameters:
    ///   - mapping: the colours and norm of the plot the bar explains.
    ///   - parent: the axes the bar stands beside (and its twins).
    ///   - label: the bar's label, on its right.
    ///   - fraction: the share of the parent's width given to the bar.
    ///   - pad: the gap between parent and bar, as a share of the parent's width.
    ///   - shrink: the bar's height as a share of the parent's.
    ///   - aspect: the bar's height over its width, triangles included.
    ///   - extend: which ends get triangles for values beyond the norm's
    ///     limits; the strip shrinks to make room for them.
    /// - Returns: the colorbar's axes (ticks and label on the right).
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a fraction, pad,
    ///   shrink or aspect out of range, or under constrained layout, which
    ///   does not place colorbars yet.
    @discardableResult
    public func colorbar(
        _ mapping: ScalarMapping, for parent: Axes, label: String = "", fraction: Double = 0.15, pad: Double = 0.05,
        shrink: Double = 1, aspect: Double = 20, extend: ColorbarExtend = .neither
    ) throws(PlotError) -> Axes {
        if case .constrained = layout {
            throw .invalidArgument("colorbar: constrained layout does not place colorbars yet; use the default layout")
        }
        guard fraction > 0, pad >= 0, fraction + pad < 1, shrink > 0, shrink <= 1, aspect > 0, aspect.isFinite else {
            throw .invalidArgument(
                "colorbar: needs 0 < fraction, 0 ≤ pad, fraction + pad < 1, 0 < shrink ≤ 1 and a positive aspect")
        }
        let box = parent.position
        let slotLeft = box.left + box.width * (1 - fraction)
        let slot = (left: slotLeft, bottom: box.bottom + box.height * (1 - shrink) / 2, width: box.left + box.width - slotLeft,
                    height: box.height * shrink)
        for axes in [parent] + axes.filter({ $0.twinOf === parent }) {
            axes.position = (axes.position.left, axes.position.bottom, box.width * (1 - fraction - pad), axes.position.height)
        }
        let outer = Self.boxed(slot, aspect: aspect, figure: (width, height))
        // The strip keeps 1 / (1 + triangles) of the box, the lower triangle below it.
        let (lower, upper) = (extend.extendsLow ? ColorbarExtend.length : 0, extend.extendsHigh ? ColorbarExtend.length : 0)
        let strip = (
            left: outer.left, bottom: outer.bottom + outer.height * lower / (1 + lower + upper), width: outer.width,
            height: outer.height / (1 + lower + upper))
        let bar = Axes(theme: theme, figureSize: (width, height), position: strip)
        adopt([bar])
        bar.configureAsColorbar(mapping, label: label, extend: extend)
        return bar
    }

    /// The largest box `aspect` times as tall as wide (in inches) inside
    /// `slot`, flush left and centred vertically (matplotlib's box aspect
    /// with the colorbar's anchor (0, 0.5)).
    static func boxed(
        _ slot: (left: Double, bottom: Double, width: Double, height: Double), aspect: Double,
        figure: (width: Double, height: Double)
    ) -> (left: Double, bottom: Double, width: Double, height: Double) {
        let (widthInches, heightInches) = (slot.width * figure.width, slot.height * figure.height)
        if heightInches / widthInches > aspect {
            let height = widthInches * aspect / figure.height
            return (slot.left, slot.bottom + (slot.height - height) / 2, slot.width, height)
        }
        return (slot.left, slot.bottom, heightInches / aspect / figure.width, slot.height)
    }
}

extension Axes {
    /// Turns fresh axes into a colorbar for `mapping`: the colour strip,
    /// the norm's limits along y, ticks and label on the right, no x axis,
    /// no grid.
    func configureAsColorbar(_ mapping: ScalarMapping, label: String, extend: ColorbarExtend) {
        add(ColorbarSolids(
            mapping: mapping, extend: extend,
            outline: StrokeStyle(color: theme.spineColor, width: theme.spineWidth, cap: .projecting, join: .miter)))
        visibleSpines = []
        let range = mapping.limits
        yAxis.limits = AxisLimits(range.lowerBound, range.upperBound)
        xAxis.limits = AxisLimits(0, 1)
        xAxis.isVisible = false
        xAxis.grid = nil
        yAxis.grid = nil
        yAxis.updateTickStyles(.both) { style in
            style.markSides = [.right]
            style.labelSides = [.right]
        }
        yAxis.labelSide = .right
        yAxis.label = label
    }
}
