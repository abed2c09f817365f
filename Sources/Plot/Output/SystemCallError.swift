#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call, as `errno` reported it.
struct SystemCallError: Error {
    let code: Int32

    /// The `errno` the last failed call left.
    static var last: SystemCallError { SystemCallError(code: errno) }

    /// The system's words for the error ("No space left on device").
    var reason: String { String(cString: strerror(code)) }
}
