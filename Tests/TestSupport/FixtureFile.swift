import Foundation

/// Loads the JSON fixtures that the generator scripts beside them wrote,
/// failing loudly: a missing or malformed fixture stops the test run with
/// the file's name and the decoder's reason instead of skipping the tests.
public enum FixtureFile {
    /// The decoded `name` from the `Fixtures` folder of `bundle` (a test
    /// target's `Bundle.module`).
    public static func load<Value: Decodable>(_ name: String, as type: Value.Type = Value.self, from bundle: Bundle) -> Value {
        guard let folder = bundle.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("fixture \(name): the test bundle has no Fixtures folder")
        }
        let url = folder.appendingPathComponent(name)
        do {
            return try JSONDecoder().decode(Value.self, from: Data(contentsOf: url))
        } catch {
            fatalError("fixture \(name) could not be read (regenerate it with the script beside it): \(error)")
        }
    }
}

/// Whether `a` and `b` agree to `relative` of the larger magnitude, or to
/// `absolute` near zero (numpy's `isclose` with both tolerances).
public func isApproximatelyEqual(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    return abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}

/// The largest absolute difference between two lists of coordinates
/// (infinity when their lengths differ).
public func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
