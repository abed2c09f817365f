import Foundation

/// A marker shape of matplotlib's set (`"o"`, `"s"`, `"^"`, …), as
/// `matplotlib.markers.MarkerStyle` defines it: an outline for a marker
/// 1 point across (y up), whether it is filled, how its corners and ends are
/// drawn, and the size in pixels from which it is snapped to the pixel grid.
///
/// ```swift
/// let circle = try Marker("o")
/// let diamond = Marker.diamond
/// ```
public struct Marker: Hashable, Sendable {
    /// matplotlib's one-character name (`"o"`, `"D"`, `"+"`, …).
    public let symbol: String
    /// The outline for a marker 1 point across, centred on (0, 0), y up.
    public let path: Path
    /// Whether the shape has an inside to fill (false for `+ x | _ 1 2 3 4`).
    public let isFilled: Bool
    public let join: StrokeStyle.Join
    public let cap: StrokeStyle.Cap
    /// The marker size in pixels from which matplotlib snaps the outline
    /// to the pixel grid; `nil` leaves the decision to the path (rectilinear
    /// outlines snap).
    public let snapThreshold: Double?

    /// The marker named by matplotlib's symbol.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` for a symbol that is not
    ///   one of ``symbols``.
    public init(_ symbol: String) throws(PlotError) {
        guard let marker = Self.all.first(where: { $0.symbol == symbol }) else {
            throw .invalidArgument(
                "unknown marker '\(symbol)': use one of \(Self.symbols.map { "'\($0)'" }.joined(separator: " "))")
        }
        self = marker
    }

    private init(
        _ symbol: String, _ path: Path, _ transform: AffineTransform, filled: Bool = true,
        join: StrokeStyle.Join = .miter, cap: StrokeStyle.Cap = .butt, snap: Double?
    ) {
        self.symbol = symbol
        self.path = path.applying(transform)
        isFilled = filled
        self.join = join
        self.cap = cap
        snapThreshold = snap
    }

    /// Every symbol a marker can be made from.
    public static var symbols: [String] { all.map(\.symbol) }

    static let all: [Marker] = [
        .circle, .point, .pixel, .square, .triangleUp, .triangleDown, .triangleLeft, .triangleRight, .diamond,
        .thinDiamond, .pentagon, .hexagon1, .hexagon2, .octagon, .star, .plus, .x, .plusFilled, .xFilled,
        .verticalLine, .horizontalLine, .triDown, .triUp, .triLeft, .triRight,
    ]

    private static let half = AffineTransform().scaled(0.5)

    /// `"o"`.
    public static let circle = Marker("o", Shapes.unitCircle, half, join: .round, snap: .infinity)
    /// `"."`: a circle half the size.
    public static let point = Marker(".", Shapes.unitCircle, AffineTransform().scaled(0.25), join: .round, snap: .infinity)
    /// `","`: a square one pixel across, whatever the marker size.
    public static let pixel = Marker(
        ",", Shapes.unitRectangle, AffineTransform().translated(-0.49999, -0.49999), join: .round, snap: nil)
    /// `"s"`.
    public static let square = Marker("s", Shapes.unitRectangle, AffineTransform().translated(-0.5, -0.5), snap: 2)
    /// `"^"`.
    public static let triangleUp = Marker("^", Shapes.triangle, half, snap: 5)
    /// `"v"`.
    public static let triangleDown = Marker("v", Shapes.triangle, half.rotated(degrees: 180), snap: 5)
    /// `"<"`.
    public static let triangleLeft = Marker("<", Shapes.triangle, half.rotated(degrees: 90), snap: 5)
    /// `">"`.
    public static let triangleRight = Marker(">", Shapes.triangle, half.rotated(degrees: 270), snap: 5)
    /// `"D"`.
    public static let diamond = Marker(
        "D", Shapes.unitRectangle, AffineTransform().translated(-0.5, -0.5).rotated(degrees: 45), snap: 5)
    /// `"d"`: the diamond narrowed to 0.6 of its width.
    public static let thinDiamond = Marker(
        "d", Shapes.unitRectangle, AffineTransform().translated(-0.5, -0.5).rotated(degrees: 45).scaled(0.6, 1),
        snap: 5)
    /// `"p"`.
    public static let pentagon = Marker("p", Shapes.regularPolygon(5), half, snap: 5)
    /// `"h"`: a hexagon with a vertex up.
    public static let hexagon1 = Marker("h", Shapes.regularPolygon(6), half, snap: nil)
    /// `"H"`: a hexagon with a flat top.
    public static let hexagon2 = Marker("H", Shapes.regularPolygon(6), half.rotated(degrees: 30), snap: nil)
    /// `"8"`.
    public static let octagon = Marker("8", Shapes.regularPolygon(8), half.rotated(degrees: 22.5), snap: 5)
    /// `"*"`.
    public static let star = Marker("*", Shapes.regularStar(5, innerRadius: 0.381966), half, join: .bevel, snap: 5)
    /// `"+"` (lines only).
    public static let plus = Marker("+", Shapes.plus, half, filled: false, join: .round, snap: 1)
    /// `"x"` (lines only).
    public static let x = Marker("x", Shapes.cross, half, filled: false, join: .round, snap: 3)
    /// `"P"`: a filled plus.
    public static let plusFilled = Marker("P", Shapes.plusFilled, AffineTransform(), snap: 5)
    /// `"X"`: a filled x.
    public static let xFilled = Marker("X", Shapes.xFilled, AffineTransform(), snap: 5)
    /// `"|"` (a line).
    public static let verticalLine = Marker("|", Shapes.verticalLine, half, filled: false, join: .round, snap: 1)
    /// `"_"` (a line).
    public static let horizontalLine = Marker(
        "_", Shapes.verticalLine, half.rotated(degrees: 90), filled: false, join: .round, snap: 1)
    /// `"1"`: three spokes, one down (lines only).
    public static let triDown = Marker("1", Shapes.tri, half, filled: false, join: .round, snap: 5)
    /// `"2"`: three spokes, one up.
    public static let triUp = Marker("2", Shapes.tri, half.rotated(degrees: 180), filled: false, join: .round, snap: 5)
    /// `"3"`: three spokes, one left.
    public static let triLeft = Marker("3", Shapes.tri, half.rotated(degrees: 270), filled: false, join: .round, snap: 5)
    /// `"4"`: three spokes, one right.
    public static let triRight = Marker("4", Shapes.tri, half.rotated(degrees: 90), filled: false, join: .round, snap: 5)
}

/// matplotlib's unit paths (`Path.unit_circle`, `unit_rectangle`,
/// `unit_regular_polygon`, `unit_regular_star`) and the paths of
/// `markers.py`.
private enum Shapes {
    /// matplotlib's `Path.circle`: eight cubic Béziers.
    static let unitCircle: Path = {
        let magic = 0.2652031, sqrtHalf = 0.5.squareRoot(), magic45 = sqrtHalf * magic
        let points: [(Double, Double)] = [
            (0, -1), (magic, -1), (sqrtHalf - magic45, -sqrtHalf - magic45), (sqrtHalf, -sqrtHalf),
            (sqrtHalf + magic45, -sqrtHalf + magic45), (1, -magic), (1, 0),
            (1, magic), (sqrtHalf + magic45, sqrtHalf - magic45), (sqrtHalf, sqrtHalf),
            (sqrtHalf - magic45, sqrtHalf + magic45), (magic, 1), (0, 1),
            (-magic, 1), (-sqrtHalf + magic45, sqrtHalf + magic45), (-sqrtHalf, sqrtHalf),
            (-sqrtHalf - magic45, sqrtHalf - magic45), (-1, magic), (-1, 0),
            (-1, -magic), (-sqrtHalf - magic45, -sqrtHalf + magic45), (-sqrtHalf, -sqrtHalf),
            (-sqrtHalf + magic45, -sqrtHalf - magic45), (-magic, -1), (0, -1),
        ].map { ($0.0, $0.1) }
        var path = Path()
        path.move(to: Point(points[0].0, points[0].1))
        for index in stride(from: 1, to: points.count, by: 3) {
            let (c1, c2, end) = (points[index], points[index + 1], points[index + 2])
            path.curve(to: Point(end.0, end.1), control1: Point(c1.0, c1.1), control2: Point(c2.0, c2.1))
        }
        path.close()
        return path
    }()

    static let unitRectangle = closed([(0, 0), (1, 0), (1, 1), (0, 1)])
    static let triangle = closed([(0, 1), (-1, -1), (1, -1)])
    static let plusFilled = closed([
        (-1, -3), (1, -3), (1, -1), (3, -1), (3, 1), (1, 1), (1, 3), (-1, 3), (-1, 1), (-3, 1), (-3, -1), (-1, -1),
    ].map { ($0.0 / 6, $0.1 / 6) })
    static let xFilled = closed([
        (-1, -2), (0, -1), (1, -2), (2, -1), (1, 0), (2, 1), (1, 2), (0, 1), (-1, 2), (-2, 1), (-1, 0), (-2, -1),
    ].map { ($0.0 / 4, $0.1 / 4) })
    static let plus = segments([((-1, 0), (1, 0)), ((0, -1), (0, 1))])
    static let cross = segments([((-1, -1), (1, 1)), ((-1, 1), (1, -1))])
    static let verticalLine = segments([((0, -1), (0, 1))])
    static let tri = segments([((0, 0), (0, -1)), ((0, 0), (0.8, 0.5)), ((0, 0), (-0.8, 0.5))])

    /// `unit_regular_polygon(n)`: a vertex straight up, on the unit circle.
    static func regularPolygon(_ count: Int) -> Path {
        closed((0..<count).map { index in
            let theta = 2 * Double.pi / Double(count) * Double(index) + .pi / 2
            return (cos(theta), sin(theta))
        })
    }

    /// `unit_regular_star(n, innerCircle)`: points on the unit circle,
    /// notches at `innerRadius`.
    static func regularStar(_ count: Int, innerRadius: Double) -> Path {
        closed((0..<(2 * count)).map { index in
            let theta = 2 * Double.pi / Double(2 * count) * Double(index) + .pi / 2
            let radius = index % 2 == 1 ? innerRadius : 1
            return (radius * cos(theta), radius * sin(theta))
        })
    }

    static func closed(_ points: [(Double, Double)]) -> Path {
        var path = Path(polyline: points.map { Point($0.0, $0.1) })
        path.close()
        return path
    }

    static func segments(_ pairs: [((Double, Double), (Double, Double))]) -> Path {
        var path = Path()
        for (start, end) in pairs {
            path.move(to: Point(start.0, start.1))
            path.line(to: Point(end.0, end.1))
        }
        return path
    }
}
