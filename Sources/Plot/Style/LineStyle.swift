/// matplotlib's named line styles, whose dash patterns scale with the line
/// width (`lines.scale_dashes`).
public enum LineStyle: String, Sendable, Hashable {
    case solid = "-"
    case dashed = "--"
    case dashDot = "-."
    case dotted = ":"

    /// The on/off lengths in points for a line `lineWidth` points wide
    /// (`lines.dashed_pattern` and its siblings); empty for solid.
    public func dashes(lineWidth: Double) -> [Double] {
        let pattern: [Double]
        switch self {
        case .solid: pattern = []
        case .dashed: pattern = [3.7, 1.6]
        case .dashDot: pattern = [6.4, 1.6, 1, 1.6]
        case .dotted: pattern = [1, 1.65]
        }
        return pattern.map { $0 * lineWidth }
    }
}
