
extension ScalarFormatter {
    /// matplotlib's `ScalarFormatter.get_offset` without mathtext: the scientific factor
    /// ("1e6", "1e−5") followed by the signed offset ("+1e6", "−2.972e3"), or "".
    func offsetText(offset: Double, orderOfMagnitude: Int) -> String {
        guard orderOfMagnitude != 0 || offset != 0 else { return "" }
        var offsetPart = ""
        if offset != 0 {
            offsetPart = (offset > 0 ? "+" : "") + shortScientific(offset)
        }
        let factorPart = orderOfMagnitude != 0 ? "1e\(orderOfMagnitude)" : ""
        return fixMinus(factorPart + offsetPart)
    }

    /// matplotlib's `ScalarFormatter.format_data`: `value` as "<significand>e<exponent>", the
    /// significand rounded to 10 decimals and written without a trailing ".0" when integral.
    func shortScientific(_ value: Double) -> String {
        guard let exponent = PythonFloat.floorLog10(abs(value)) else {
            return fixMinus(PythonFloat.general10(value))
        }
        let significand = PythonFloat.numpyRound(value / PythonFloat.intPowerOfTen(exponent), decimals: 10)
        let significandText: String
        if significand.truncatingRemainder(dividingBy: 1) == 0, let whole = Int(exactly: significand) {
            significandText = String(whole)
        } else {
            significandText = PythonFloat.general10(significand)
        }
        let text = exponent == 0 ? significandText : "\(significandText)e\(exponent)"
        return fixMinus(text)
    }
}
