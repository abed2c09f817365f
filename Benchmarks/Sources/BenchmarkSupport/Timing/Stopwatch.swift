/// Wall-clock seconds since it was started, as Python's `time.perf_counter()` differences.
///
/// ```swift
/// let watch = Stopwatch()
/// work()
/// let seconds = watch.elapsed
/// ```
public struct Stopwatch: Sendable {
    private let start = ContinuousClock.now

    /// Starts the stopwatch now.
    public init() {}

    /// Seconds elapsed since ``init()``.
    public var elapsed: Double {
        let duration = ContinuousClock.now - start
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }

    /// The median wall-clock time of `runs` calls of `body`, and its last result.
    ///
    /// - Precondition: `runs >= 1`.
    public static func median<Result>(runs: Int, _ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
        precondition(runs >= 1, "Stopwatch.median needs at least one run")
        var times: [Double] = []
        var last: Result?
        for _ in 0..<runs {
            let watch = Stopwatch()
            last = try body()
            times.append(watch.elapsed)
        }
        times.sort()
        let middle = times.count / 2
        let seconds = times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
        guard let last else { preconditionFailure("runs >= 1 always leaves a result") }
        return (seconds, last)
    }
}
