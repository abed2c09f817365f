/// The data of the variational-inference notebook: a mixture of Laplace
/// components drawn with numpy's legacy `np.random` stream.
///
/// The notebook runs
/// ```python
/// np.random.seed(SEED)                        # 2314
/// source_distr = np.random.randint(0, K, N)   # K = 4, N = 200
/// data = np.zeros(N)
/// for i in range(K):
///     mean = 20 * np.random.random()
///     scale = 3 * np.random.random()
///     idxs = np.where(source_distr == i)
///     laplacian_data = np.random.laplace(mean, scale, len(idxs))
///     data[idxs] = laplacian_data
/// ```
/// `np.where` returns a tuple, so `len(idxs)` is 1: as written, each component
/// draws one value, broadcast to all of its points. ``Variant/intended``
/// draws `len(idxs[0])` values instead. Both reproduce numpy bit for bit.
///
/// ```swift
/// let notebook = try NotebookData.generate()          // the intended data
/// notebook.components[0].values  // what the first distplot call receives
/// notebook.data                  // the pooled 200 points
/// ```
public struct NotebookData: Sendable, Equatable {
    /// Which version of the notebook's sampling loop to run.
    public enum Variant: Sendable, Equatable {
        /// `np.random.laplace(mean, scale, len(idxs[0]))`: one draw per point.
        case intended
        /// `np.random.laplace(mean, scale, len(idxs))`: one draw per component,
        /// copied to every point of that component.
        case asWritten
    }

    /// One Laplace component of the mixture.
    public struct Component: Sendable, Equatable {
        /// The location, `20 * np.random.random()`.
        public let mean: Double
        /// The scale, `3 * np.random.random()`.
        public let scale: Double
        /// The indices of the points assigned to this component, ascending.
        public let indices: [Int]
        /// The values drawn for this component (the array the notebook passes
        /// to `distplot`): one per index when intended, a single value as written.
        public let values: [Double]
    }

    /// The variant that produced the data.
    public let variant: Variant
    /// The seed given to `np.random.seed`.
    public let seed: UInt32
    /// The component index of each point (`source_distr`).
    public let assignments: [Int]
    /// The components, in the order they were drawn.
    public let components: [Component]
    /// The pooled data: point `j` holds its component's value (`data`).
    public let data: [Double]

    /// Runs the notebook's sampling loop with `count` points and `components`
    /// Laplace components.
    ///
    /// Throws ``RandomStateError`` when `count` is negative or `components` is
    /// not positive (numpy's `randint(0, K, N)` fails the same way).
    public static func generate(
        variant: Variant = .intended, seed: UInt32 = 2314, count: Int = 200, components: Int = 4
    ) throws(RandomStateError) -> NotebookData {
        var rng = RandomState(seed: seed)
        let assignments = try rng.randint(low: 0, high: components, count: count)
        var indicesByComponent = [[Int]](repeating: [], count: components)
        for (point, component) in assignments.enumerated() {
            indicesByComponent[component].append(point)
        }
        var data = [Double](repeating: 0, count: count)
        var drawn: [Component] = []
        for indices in indicesByComponent {
            let mean = 20 * rng.randomSample()
            let scale = 3 * rng.randomSample()
            let drawCount = variant == .intended ? indices.count : 1
            let values = try rng.laplace(loc: mean, scale: scale, count: drawCount)
            for (position, point) in indices.enumerated() {
                data[point] = values[variant == .intended ? position : 0]
            }
            drawn.append(Component(mean: mean, scale: scale, indices: indices, values: values))
        }
        return NotebookData(variant: variant, seed: seed, assignments: assignments, components: drawn, data: data)
    }
}
