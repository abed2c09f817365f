import Foundation
import Testing
@testable import Plot

/// Our themes against the look of seaborn's figures: matplotlib's
/// `rcdefaults()` for most, `sns.set_theme(style="darkgrid"|"whitegrid")`
/// (context "notebook") for the theme figures, whose fixtures also hold
/// seaborn's own `axes_style()`, `plotting_context()` and palette.
@Suite struct SeabornThemeTests {
    static let themed = Array(SeabornGeometryTests.themes.keys).sorted()

    @Test(arguments: SeabornGeometryTests.names)
    func axesLookMatches(name: String) throws {
        let drawn = try SeabornGeometryTests.Drawn(name)
        let theme = drawn.axes.theme
        let look = drawn.expected.look
        #expect(theme.figureFaceColor.rgba == drawn.fixture.facecolor)
        #expect(theme.axesFaceColor.rgba == look.facecolor)
        // seaborn's fonts list Arial first, but matplotlib falls back to DejaVu Sans, which we bundle.
        #expect(look.font_file == "DejaVuSans.ttf")
        for spine in Theme.Spine.allCases {
            let expected = try #require(look.spines[spine.rawValue])
            #expect(theme.visibleSpines.contains(spine) == expected.visible, "\(spine) spine")
            #expect(theme.spineColor.rgba == expected.color && theme.spineWidth == expected.linewidth, "\(spine) spine")
        }
        for axis in [look.xaxis, look.yaxis] {
            #expect(theme.showTickMarks == axis.tick_visible)
            #expect(theme.tickLength == axis.tick_size && theme.tickWidth == axis.tick_width && theme.tickPad == axis.tick_pad)
            #expect(theme.tickColor.rgba == axis.tick_color)
            #expect(theme.tickLabelSize == axis.label_size && theme.tickLabelColor.rgba == axis.label_color)
            #expect(drawn.axes.showGrid == axis.grid_visible)
            if axis.grid_visible {
                #expect(theme.gridColor.rgba == axis.grid_color && theme.gridWidth == axis.grid_width)
            }
        }
        for label in [drawn.expected.xaxis.label, drawn.expected.yaxis.label] {
            #expect(theme.axisLabelSize == label.fontsize && theme.textColor.rgba == label.color)
        }
        #expect(theme.titleSize == drawn.expected.title.fontsize && theme.textColor.rgba == drawn.expected.title.color)
    }

    /// Tick marks are drawn exactly when matplotlib draws them: paths of
    /// short segments in the tick colour, unclipped (major and, on log axes,
    /// minor ones).
    @Test(arguments: SeabornGeometryTests.names)
    func tickMarksDrawnOnlyWhenVisible(name: String) throws {
        let drawn = try SeabornGeometryTests.Drawn(name)
        let theme = drawn.axes.theme
        let marks = drawn.recorder.paths.filter { call in
            call.clip == nil && call.fill == nil && call.stroke?.color == theme.tickColor
                && [theme.tickWidth, theme.minorTickWidth].contains(call.stroke?.width ?? -1)
        }
        let xMarks = marks.map(\.path.vertices.count).filter { $0 > 0 }
        #expect(marks.isEmpty != drawn.expected.look.xaxis.tick_visible)
        if drawn.expected.look.xaxis.tick_visible {
            // One path per tick kind per axis; the x ones come first.
            #expect(xMarks.contains(2 * drawn.expected.xaxis.ticks.count)
                    || xMarks.prefix(2).reduce(0, +) == 2 * drawn.expected.xaxis.ticks.count)
        }
    }

    @Test(arguments: themed)
    func themeMatchesSeabornsDictionaries(name: String) throws {
        let fixture = try SeabornFixture.load(name)
        let seaborn = try #require(fixture.theme)
        let theme = try #require(SeabornGeometryTests.themes[name])
        let style = seaborn.style, context = seaborn.context
        #expect(theme.axesFaceColor.rgba == style.axesFaceColor)
        #expect(theme.spineColor.rgba == style.axesEdgeColor)
        #expect(theme.showGrid == style.axesGrid)
        #expect(theme.textColor.rgba == style.labelColor && theme.textColor.rgba == style.textColor)
        #expect(theme.gridColor.rgba == style.gridColor)
        #expect(theme.patchEdgeColor.rgba == style.patchEdgeColor && theme.forcePatchEdge == style.forceEdgeColor)
        #expect(theme.tickColor.rgba == style.xTickColor && theme.tickColor.rgba == style.yTickColor)
        #expect(theme.showTickMarks == style.xTickBottom && theme.showTickMarks == style.yTickLeft)
        #expect(theme.lineCap.matplotlibName == style.solidCapStyle)
        #expect(theme.figureFaceColor.rgba == style.figureFaceColor)
        #expect(theme.visibleSpines.contains(.top) == style.spinesTop && theme.visibleSpines.contains(.right) == style.spinesRight)

        #expect(theme.fontSize == context.fontSize)
        #expect(theme.axisLabelSize == context.labelSize && theme.titleSize == context.titleSize)
        #expect(theme.tickLabelSize == context.xTickLabelSize)
        #expect(theme.legend.fontSize == context.legendFontSize && theme.legend.titleFontSize == context.legendTitleFontSize)
        #expect(theme.spineWidth == context.axesLineWidth && theme.gridWidth == context.gridLineWidth)
        #expect(theme.lineWidth == context.lineWidth && theme.patchLineWidth == context.patchLineWidth)
        #expect(theme.tickLength == context.xTickMajorSize && theme.tickWidth == context.xTickMajorWidth)
        #expect(theme.colorCycle.map(\.rgba) == seaborn.palette)
    }

    /// matplotlib's defaults keep a legend title at the base font size.
    @Test func matplotlibLegendTitleUsesTheFontSize() {
        #expect(Theme.matplotlib.legend.titleFontSize == Theme.matplotlib.fontSize)
    }
}
