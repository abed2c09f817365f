import Stats
import VI

extension NotebookFitter {
    /// The start of every mixture fit: the sorted data cut into `components`
    /// slices of (nearly) equal count, one equal-weight component per slice
    /// with the slice's mean and standard deviation (at least 1/1000 of the
    /// data's range, so that a slice of equal values still gives a valid
    /// component).
    ///
    /// - Throws: ``NotebookFitError/unusableComponentCount(_:points:)`` when there
    ///   are more components than data points.
    func mixtureStart(components: Int) throws -> GaussianMixture {
        let sorted = data.data.sorted()
        guard components >= 1, components <= sorted.count else {
            throw NotebookFitError.unusableComponentCount(components, points: sorted.count)
        }
        let floor = ((sorted.last ?? 0) - (sorted.first ?? 0)) / 1000
        var means: [Double] = []
        var sigmas: [Double] = []
        for slice in 0..<components {
            let values = Array(sorted[(slice * sorted.count / components)..<((slice + 1) * sorted.count / components)])
            means.append(try Summary.mean(values))
            sigmas.append(max(try Summary.standardDeviation(values), floor))
        }
        return try GaussianMixture(weights: Array(repeating: 1, count: components), means: means, sigmas: sigmas)
    }
}
