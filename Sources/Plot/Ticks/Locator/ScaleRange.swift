import Foundation

/// matplotlib's `ticker.scale_range`: the power of ten for steps of a range split into `bins`
/// parts, and an offset (a signed power of ten) when the range sits far from zero.
///
/// `vmin < vmax` is assumed (the locator makes the range nonsingular first).
func scaleRange(_ vmin: Double, _ vmax: Double, bins: Int, threshold: Double = 100)
    -> (scale: Double, offset: Double)
{
    let span = abs(vmax - vmin)
    let middle = (vmax + vmin) / 2
    let offset: Double
    if abs(middle) / span < threshold {
        offset = 0
    } else {
        let exponent = PythonFloat.floorDivide(log10(abs(middle)), 1)
        offset = Double(signOf: middle, magnitudeOf: pow(10, exponent))
    }
    let scale = pow(10, PythonFloat.floorDivide(log10(span / Double(bins)), 1))
    return (scale, offset)
}
