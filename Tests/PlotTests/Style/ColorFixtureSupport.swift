/// Equal, counting NaN equal to NaN.
func sameNumber(_ a: Double, _ b: Double) -> Bool {
    a == b || (a.isNaN && b.isNaN)
}
