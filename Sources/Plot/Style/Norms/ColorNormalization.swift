/// A mapping of data values onto 0...1, where a ``Colormap`` takes them, and back:
/// matplotlib's `Normalize` family (``Normalize``, ``LogNorm``, ``TwoSlopeNorm``).
///
/// A limit left `nil` is taken from the data by ``autoscaled(to:)`` (matplotlib's
/// `autoscale_None`); a norm maps values only once both limits are known (``isScaled``).
/// Values beyond the limits map below 0 or above 1, so that the colour map gives them its
/// under and over colours; NaN maps to NaN, its bad colour.
///
/// ```swift
/// let norm = try Normalize().autoscaled(to: data)       // vmin, vmax from the data
/// let colors = try data.map { try Colormap.viridis(norm($0)) }
/// let tickValue = try norm.inverse(0.5)                 // the data value at the middle
/// ```
public protocol ColorNormalization: Sendable {
    /// The data value that maps to 0, or `nil` until given or autoscaled.
    var vmin: Double? { get }
    /// The data value that maps to 1, or `nil` until given or autoscaled.
    var vmax: Double? { get }

    /// This norm with the limits it lacks taken from `values`, as matplotlib's
    /// `norm.autoscale_None(values)` after `ScalarMappable` has masked the invalid
    /// (non-finite) values; limits already set are kept.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when a limit is missing and `values` has
    ///   no value to take it from, or when the limits found are out of order.
    func autoscaled(to values: [Double]) throws(PlotError) -> Self

    /// The normalised value of a data value (matplotlib's `norm(value)`).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the norm is not scaled.
    func callAsFunction(_ value: Double) throws(PlotError) -> Double

    /// The data value of a normalised value (matplotlib's `norm.inverse(value)`), as a
    /// colour bar places its ticks.
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` when the norm is not scaled.
    func inverse(_ value: Double) throws(PlotError) -> Double
}

extension ColorNormalization {
    /// Whether both limits are known (matplotlib's `scaled()`).
    public var isScaled: Bool { vmin != nil && vmax != nil }

    /// The normalised values of `values`, autoscaling the missing limits to them first, as
    /// matplotlib's `norm(values)` on an unscaled norm (with invalid values masked).
    ///
    /// - Throws: ``PlotError/invalidArgument(_:)`` as ``autoscaled(to:)`` does.
    public func callAsFunction(_ values: [Double]) throws(PlotError) -> [Double] {
        let norm = try autoscaled(to: values)
        return try values.map { value throws(PlotError) in try norm(value) }
    }
}

/// The values a norm takes limits from: finite ones, or for ``LogNorm`` positive finite ones.
enum NormDomain: CustomStringConvertible {
    case finite
    case positive

    func contains(_ value: Double) -> Bool {
        value.isFinite && (self == .finite || value > 0)
    }

    var description: String { self == .finite ? "finite" : "positive finite" }
}

/// The limits of a norm, given or found.
struct NormLimits {
    var vmin: Double
    var vmax: Double

    /// The limits of `norm`, or the error that it is not scaled.
    init(_ norm: some ColorNormalization) throws(PlotError) {
        guard let vmin = norm.vmin, let vmax = norm.vmax else {
            throw .invalidArgument(
                "\(type(of: norm)) has no \(norm.vmin == nil ? "vmin" : "vmax") yet: give it, "
                    + "or call autoscaled(to:) with the data first")
        }
        self.vmin = vmin
        self.vmax = vmax
    }

    /// `vmin` and `vmax` where given, else the least and greatest of the `values` in
    /// `domain` (matplotlib masks the others), as `Normalize.autoscale_None`.
    init(vmin: Double?, vmax: Double?, from values: [Double], in domain: NormDomain, norm: String)
        throws(PlotError)
    {
        let usable = values.filter(domain.contains)
        guard let low = vmin ?? usable.min(), let high = vmax ?? usable.max() else {
            throw .invalidArgument(
                "\(norm) cannot take vmin and vmax from data without \(domain) values: give vmin and vmax")
        }
        self.vmin = low
        self.vmax = high
    }

    /// Refuses limits outside `domain` and limits out of order, as the norms' initializers do.
    static func check(vmin: Double?, vmax: Double?, in domain: NormDomain, norm: String) throws(PlotError) {
        for (name, limit) in [("vmin", vmin), ("vmax", vmax)] {
            if let limit, !domain.contains(limit) {
                throw .invalidArgument("\(norm) needs a \(domain) \(name), not \(limit)")
            }
        }
        if let vmin, let vmax, vmin > vmax {
            throw .invalidArgument("\(norm) needs vmin ≤ vmax, but vmin is \(vmin) and vmax \(vmax)")
        }
    }
}
