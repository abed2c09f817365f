/// A number in a JSON fixture, where the NaN and infinities JSON lacks are
/// written as the strings "nan", "inf" and "-inf" by the generator scripts.
public struct FixtureNumber: Decodable, Sendable {
    public let value: Double

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
            return
        }
        switch try container.decode(String.self) {
        case "nan": value = .nan
        case "inf": value = .infinity
        case "-inf": value = -.infinity
        case let other:
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a number: \(other)")
        }
    }
}
