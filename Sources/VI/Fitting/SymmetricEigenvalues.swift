import Foundation

/// The eigenvalues of a small symmetric matrix by cyclic Jacobi rotations,
/// ascending.
func symmetricEigenvalues(_ matrix: [[Double]]) -> [Double] {
    var a = matrix
    let n = a.count
    for _ in 0..<100 {
        var offDiagonal = 0.0
        for i in 0..<n { for j in 0..<n where i != j { offDiagonal += a[i][j] * a[i][j] } }
        if offDiagonal <= 1e-30 * max(a.indices.reduce(0) { $0 + a[$1][$1] * a[$1][$1] }, 1e-300) { break }
        for p in 0..<n {
            for q in (p + 1)..<n where a[p][q] != 0 {
                let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot()
                let s = t * c
                for k in 0..<n {
                    let akp = a[k][p], akq = a[k][q]
                    a[k][p] = c * akp - s * akq
                    a[k][q] = s * akp + c * akq
                }
                for k in 0..<n {
                    let apk = a[p][k], aqk = a[q][k]
                    a[p][k] = c * apk - s * aqk
                    a[q][k] = s * apk + c * aqk
                }
            }
        }
    }
    return (0..<n).map { a[$0][$0] }.sorted()
}
