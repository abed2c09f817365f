import Foundation

extension String {
    /// The string followed by spaces up to `width` characters, for aligned columns.
    func padded(to width: Int) -> String {
        padding(toLength: Swift.max(width, count), withPad: " ", startingAt: 0)
    }
}
