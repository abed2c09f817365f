import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary files of saves in progress when a signal ends the
/// process, so that SIGTERM, SIGHUP or SIGINT during a save leaves nothing
/// behind.
///
/// Saves register each named temporary file here while it exists. The
/// handler only reads preallocated storage and calls `unlink` and `raise`,
/// which are async-signal-safe; it then lets the signal take its default
/// action, so the process still ends as the signal says. On Linux a save
/// names its file only when it replaces one, for the instant between
/// `linkat` and `rename` (``AtomicFileWriter``), which is also the only
/// window SIGKILL could hit; a new file is linked straight to its name.
///
/// ```swift
/// TemporaryFileCleanup.installSignalHandlers()   // once, at the start of a program
/// ```
public enum TemporaryFileCleanup {
    /// The signals whose default action ends the process and that a program
    /// may receive in ordinary use (a closed terminal, `kill`, Ctrl-C, Ctrl-\,
    /// a closed pipe, `ulimit -f`).
    static let signals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGXFSZ]

    /// Installs the handlers. A signal the process ignores (as under `nohup`)
    /// stays ignored. Call it once, before any save; calling it again is harmless.
    public static func installSignalHandlers() {
        _ = registry  // allocated before any handler can run
        for signal in signals {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !Self.isIgnored(previous) else { continue }
            var action = sigaction()
            #if canImport(Glibc)
                action.__sigaction_handler.sa_handler = removeTemporaryFilesAndReraise
            #else
                action.__sigaction_u.__sa_handler = removeTemporaryFilesAndReraise
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }

    /// Runs `create`, which makes a file at `path` (or returns why it could
    /// not), with the cleanup signals blocked, so that the file is registered
    /// before any handler can run; returns the registration.
    static func create(
        at path: RawFilePath, by create: () -> SystemCallError?
    ) throws(SystemCallError) -> Registration {
        let outcome: Result<Registration, SystemCallError> = withSignalsBlocked {
            if let failure = create() { return .failure(failure) }
            return .success(registry.register(path) ?? .unregistered)
        }
        return try outcome.get()
    }

    /// Runs `finish`, which renames or removes the file of `registration`,
    /// with the cleanup signals blocked, and forgets the file.
    static func finish<Result>(_ registration: Registration, by finish: () -> Result) -> Result {
        withSignalsBlocked {
            let result = finish()
            registry.forget(registration)
            return result
        }
    }

    private static func withSignalsBlocked<Result>(_ body: () -> Result) -> Result {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in signals { sigaddset(&blocked, signal) }
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
            let handler = action.__sigaction_handler.sa_handler
        #else
            let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

/// A registered temporary file: its slot in the registry, if it got one
/// (a path longer than `PATH_MAX`, or more saves at once than slots, go unregistered).
struct Registration {
    fileprivate let slot: Int?

    fileprivate static let unregistered = Registration(slot: nil)
}

/// Fixed storage for the paths of temporary files, readable from a signal
/// handler: slot states are atomics, paths are NUL-terminated bytes in one
/// preallocated block, and nothing is allocated once it exists.
private final class CleanupRegistry: @unchecked Sendable {  // the pointers are written only through atomics/claimed slots
    private static let free = 0, claimed = 1, armed = 2
    static let slotCount = 64
    static let pathCapacity = Int(PATH_MAX)

    /// Set by the handler first: no slot may be claimed after it.
    let terminating = Atomic<Bool>(false)
    private let states: UnsafeMutablePointer<Atomic<Int>>
    private let paths: UnsafeMutablePointer<CChar>

    init() {
        states = .allocate(capacity: Self.slotCount)
        for slot in 0..<Self.slotCount { (states + slot).initialize(to: Atomic(Self.free)) }
        paths = .allocate(capacity: Self.slotCount * Self.pathCapacity)
        paths.initialize(repeating: 0, count: Self.slotCount * Self.pathCapacity)
    }

    /// Claims a free slot and stores `path` in it; `nil` when none is free or the path is too long.
    func register(_ path: RawFilePath) -> Registration? {
        guard path.bytes.count < Self.pathCapacity else { return nil }
        for slot in 0..<Self.slotCount
        where states[slot].compareExchange(expected: Self.free, desired: Self.claimed, ordering: .sequentiallyConsistent).exchanged {
            // A handler that started before this claim never reads a claimed
            // slot; one that started after it has set `terminating`.
            guard !terminating.load(ordering: .sequentiallyConsistent) else { return nil }
            let start = paths + slot * Self.pathCapacity
            for (offset, byte) in path.bytes.enumerated() { start[offset] = CChar(bitPattern: byte) }
            start[path.bytes.count] = 0
            states[slot].store(Self.armed, ordering: .sequentiallyConsistent)
            return Registration(slot: slot)
        }
        return nil
    }

    func forget(_ registration: Registration) {
        guard let slot = registration.slot else { return }
        states[slot].store(Self.free, ordering: .sequentiallyConsistent)
    }

    /// Unlinks every registered path. Async-signal-safe: atomics and `unlink` only.
    func unlinkAll() {
        terminating.store(true, ordering: .sequentiallyConsistent)
        for slot in 0..<Self.slotCount where states[slot].load(ordering: .sequentiallyConsistent) == Self.armed {
            unlink(paths + slot * Self.pathCapacity)
        }
    }
}

private let registry = CleanupRegistry()

/// The signal handler: removes the temporary files, then raises the signal
/// again; `SA_RESETHAND` has restored its default action, which ends the
/// process once the handler returns.
private func removeTemporaryFilesAndReraise(_ signal: Int32) {
    registry.unlinkAll()
    raise(signal)
}
