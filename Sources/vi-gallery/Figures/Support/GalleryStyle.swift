import Plot

/// The colours and sizes the fit figures share, so that the same thing
/// looks the same in every figure.
enum GalleryStyle {
    /// A single-panel fit figure, in inches.
    static let panelSize = (width: 10.0, height: 6.0)
    /// A figure of two panels side by side, in inches.
    static let widePanelSize = (width: 14.0, height: 6.0)
    /// The true density p(x).
    static let truth = CurveStyle(color: .black, lineWidth: 2)
    /// The histogram of the 200 points.
    static let dataColor = Color(red: 0.62, green: 0.62, blue: 0.62)
    /// The reverse-KL (ELBO) fits: matplotlib's first cycle colour.
    static let reverseColor = Color.tab10[0]
    /// The forward-KL fits: matplotlib's second cycle colour.
    static let forwardColor = Color.tab10[1]
    /// Reference lines such as log Z.
    static let referenceDashes: [Double] = [6, 3]
}
