import Foundation
@testable import Plot

/// A figure described the way `Fixtures/generate_layout_fixtures.py` writes
/// it (`spec`), rebuilt with our API so that the test can compare what
/// matplotlib drew with what we draw.
struct FigureSpec: Decodable {
    struct AxesSpec: Decodable {
        let xlim: [Double]?
        let ylim: [Double]?
        let xscale: String?
        let yscale: String?
        let title: String?
        let xlabel: String?
        let ylabel: String?
        let xticks: [Double]?
        let xticklabels: [String]?
        let yticks: [Double]?
        let yticklabels: [String]?
        let ticker: TickerSpec?
        let lines: [LineSpec]?
        let legend: LegendSpec?
        let texts: [TextSpec]?
    }

    /// `ax.text(x, y, s, transform=…)`: "data", "axes" or "figure" coordinates.
    struct TextSpec: Decodable {
        let x: Double
        let y: Double
        let s: String
        let transform: String
    }

    /// `ax.legend(loc=, ncol=, title=, bbox_to_anchor=, frameon=, mode=)`.
    struct LegendSpec: Decodable {
        let loc: String
        let ncol: Int
        let title: String?
        let bbox_to_anchor: [Double]?
        let frameon: Bool?
        let mode: String?

        var options: LegendOptions? {
            let name = loc.hasPrefix("outside ") ? String(loc.dropFirst("outside ".count)) : loc
            guard let location = LegendLocation(matplotlibName: name) else { return nil }
            let anchor: LegendAnchor? = bbox_to_anchor.map { box in
                box.count == 4
                    ? .box(x: box[0], y: box[1], width: box[2], height: box[3]) : .point(x: box[0], y: box[1])
            }
            return LegendOptions(
                location: location, anchor: anchor, columns: ncol, title: title, showsFrame: frameon ?? true,
                expands: mode == "expand")
        }
    }

    /// A line `ax.plot(x, y, label=…)`.
    struct LineSpec: Decodable {
        let x: [Double]
        let y: [Double]
        let label: String?
    }

    /// `sharex`/`sharey`: `false`, `true`, `"row"` or `"col"`.
    struct Sharing: Decodable {
        let value: AxisSharing

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                value = flag ? .all : .none
            } else {
                switch try container.decode(String.self) {
                case "row": value = .row
                case "col": value = .column
                case "all": value = .all
                default: value = .none
                }
            }
        }
    }

    /// A locator and formatter set by hand on one axis.
    struct TickerSpec: Decodable {
        struct Locator: Decodable {
            let kind: String
            let base: Double?
            let offset: Double?
            let nbins: Bins?
            let steps: [Double]?
            let integer: Bool?
            let n: Int?
        }

        enum Bins: Decodable {
            case count(Int)
            case auto

            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let count = try? container.decode(Int.self) { self = .count(count) } else { self = .auto }
            }
        }

        struct Formatter: Decodable {
            let kind: String
            let xmax: Double?
            let decimals: Int?
            let fmt: String?
        }

        let axis: String
        let locator: Locator?
        let minor_locator: Locator?
        let formatter: Formatter?
    }

    let figsize: [Double]
    let dpi: Double
    let nrows: Int
    let ncols: Int
    let layout: String?
    let suptitle: String?
    let figure_legend: LegendSpec?
    let sharex: Sharing?
    let sharey: Sharing?
    let axes: [AxesSpec]

    /// The figure and its axes in row-major order.
    func build() throws -> (figure: Figure, axes: [Axes]) {
        let figure = Figure(width: figsize[0], height: figsize[1], dpi: dpi)
        if layout == "constrained" { figure.layout = .constrained }
        if let suptitle { figure.title = suptitle }
        if let figure_legend {
            let outside = figure_legend.loc.hasPrefix("outside ")
            guard let options = figure_legend.options else {
                throw FixtureSpecError.unknown("figure legend loc \(figure_legend.loc)")
            }
            figure.showLegend(options, outside: outside)
        }
        let grid = try figure.subplots(
            rows: nrows, columns: ncols, sharex: sharex?.value ?? .none, sharey: sharey?.value ?? .none
        ).flatMap { $0 }
        for (axes, spec) in zip(grid, self.axes) {
            try spec.apply(to: axes)
            for text in spec.texts ?? [] where text.transform == "figure" {
                figure.addText(text.s, x: text.x, y: text.y)
            }
        }
        return (figure, grid)
    }
}

extension FigureSpec.AxesSpec {
    func apply(to axes: Axes) throws {
        for line in lines ?? [] {
            try axes.plot(line.x, line.y, label: line.label)
        }
        for text in texts ?? [] where text.transform != "figure" {
            let space: CoordinateSpace = text.transform == "axes" ? .axesFraction : .data
            axes.text(text.s, x: text.x, y: text.y, xSpace: space, ySpace: space)
        }
        if let legend {
            guard let options = legend.options else { throw FixtureSpecError.unknown("legend loc \(legend.loc)") }
            axes.showLegend(options)
        }
        if xscale == "log" { axes.xScale = .log }
        if yscale == "log" { axes.yScale = .log }
        if let xlim { try axes.setXLimits(xlim[0], xlim[1]) }
        if let ylim { try axes.setYLimits(ylim[0], ylim[1]) }
        if let title { axes.title = title }
        if let xlabel { axes.xLabel = xlabel }
        if let ylabel { axes.yLabel = ylabel }
        if let xticks { try axes.setXTicks(xticks, labels: xticklabels) }
        if let yticks { try axes.setYTicks(yticks, labels: yticklabels) }
        if let ticker {
            if ticker.axis == "x" { try ticker.apply(to: &axes.xAxis) } else { try ticker.apply(to: &axes.yAxis) }
        }
    }
}

extension FigureSpec.TickerSpec {
    func apply(to axis: inout Axis) throws {
        if let locator { axis.major.locator = try Self.locator(locator) }
        if let minor_locator { axis.minor.locator = try Self.locator(minor_locator) }
        if let formatter { axis.major.formatter = try Self.formatter(formatter) }
    }

    static func locator(_ spec: Locator) throws -> any TickLocator {
        switch spec.kind {
        case "multiple":
            return try MultipleLocator(base: spec.base ?? 1, offset: spec.offset ?? 0)
        case "maxn":
            let bins: MaxNLocator.BinCount
            switch spec.nbins {
            case .count(let count)?: bins = .fixed(count)
            case .auto?: bins = .auto
            case nil: bins = .fixed(10)
            }
            return try MaxNLocator(bins: bins, steps: spec.steps, integer: spec.integer ?? false)
        case "auto_minor":
            return try AutoMinorLocator(divisions: spec.n)
        default:
            throw FixtureSpecError.unknown("locator kind \(spec.kind)")
        }
    }

    static func formatter(_ spec: Formatter) throws -> any TickFormatter {
        switch spec.kind {
        case "percent":
            return PercentFormatter(xmax: spec.xmax ?? 100, decimals: spec.decimals)
        case "formatstr":
            return try FormatStringFormatter(spec.fmt ?? "")
        case "strmethod":
            // Python's "{x:.2f}" and "{x:g} s", written as Swift closures; StrMethodFormatter
            // turns hyphens into U+2212.
            let printf = (spec.fmt ?? "").replacingOccurrences(of: "{x:", with: "%").replacingOccurrences(of: "}", with: "")
            return FunctionFormatter { value, _ in
                String(format: printf, value).replacingOccurrences(of: "-", with: "\u{2212}")
            }
        case "null":
            return NullFormatter()
        default:
            throw FixtureSpecError.unknown("formatter kind \(spec.kind)")
        }
    }
}

/// A fixture asked for something the spec reader does not know.
enum FixtureSpecError: Error {
    case unknown(String)
}
