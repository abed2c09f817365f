import Foundation

/// Loads the numpy-generated JSON fixtures written by `generate_numpy_fixtures.py`.
enum NumpyFixtures {
    static func load<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent(name)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}
