/// When adaptive quadrature stops: the estimated error must fall below
/// `max(absolute, relative · |value|)` within `maxSubdivisions` bisections.
public struct QuadratureTolerance: Sendable, Equatable, Codable {
    /// The absolute error goal.
    public var absolute: Double
    /// The relative error goal.
    public var relative: Double
    /// How many bisections are allowed before giving up.
    public var maxSubdivisions: Int

    /// A tolerance; the defaults (1e-12 absolute, 1e-10 relative, 500
    /// subdivisions) suit smooth integrands with known kinks.
    public init(absolute: Double = 1e-12, relative: Double = 1e-10, maxSubdivisions: Int = 500) {
        self.absolute = absolute
        self.relative = relative
        self.maxSubdivisions = maxSubdivisions
    }

    /// The default tolerance.
    public static let standard = QuadratureTolerance()

    @usableFromInline
    func validated() throws(QuadratureError) -> QuadratureTolerance {
        guard absolute.isFinite, relative.isFinite, absolute >= 0, relative >= 0,
              absolute > 0 || relative > 0 else {
            throw .invalidTolerance(absolute: absolute, relative: relative)
        }
        guard maxSubdivisions >= 0 else { throw .invalidSubdivisionLimit(maxSubdivisions) }
        return self
    }
}
