import Foundation
import VI

/// Numbers and parameters as the gallery's labels write them: a fixed
/// number of decimals and a true minus sign (U+2212), as matplotlib does.
///
/// ```swift
/// FigureText.number(-1.01163)            // "−1.012"
/// FigureText.gaussian(try Gaussian(mu: 17.94, sigma: 2.01))   // "μ = 17.940, σ = 2.010"
/// ```
enum FigureText {
    /// `value` with `decimals` decimals; negative values get "−", and a
    /// value that rounds to zero is written without a sign.
    static func number(_ value: Double, decimals: Int = 3) -> String {
        let text = String(format: "%.\(decimals)f", value)
        guard text.hasPrefix("-") else { return text }
        let digits = text.dropFirst()
        return digits.allSatisfy { $0 == "0" || $0 == "." } ? String(digits) : "\u{2212}" + digits
    }

    /// "μ = …, σ = …" with 3 decimals.
    static func gaussian(_ q: Gaussian) -> String {
        "μ = \(number(q.mu)), σ = \(number(q.sigma))"
    }

    /// "w = …, μ = …, σ = …" of one mixture component.
    static func component(_ part: GaussianComponent) -> String {
        "w = \(number(part.weight)), μ = \(number(part.mean)), σ = \(number(part.standardDeviation))"
    }
}
