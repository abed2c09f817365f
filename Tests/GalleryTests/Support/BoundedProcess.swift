import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one bounded run of a shell script did.
struct BoundedRun {
    /// The exit status, when the process exited.
    let exitStatus: Int32?
    /// The signal that ended the process, when one did.
    let signal: Int32?
    /// Whether the run was killed for outliving its time limit.
    let timedOut: Bool
    /// The peak resident memory of the process after its last `exec` (the
    /// script `exec`s the program), sampled from `/proc` while it runs.
    let peakResidentBytes: Int
    let standardOutput: String
    let standardError: String
}

/// Runs `/bin/sh -c SCRIPT` with `$VI` naming the built `vi-gallery`, as a
/// hostile environment would run it: the script sets the condition (a
/// redirection, `ulimit`, `umask`, a signal) and usually `exec`s `"$VI"`.
///
/// The child is spawned with `posix_spawn`; its peak memory is the largest
/// `VmHWM` of `/proc/PID/status` seen while it runs (not `wait4`'s
/// `ru_maxrss`, which also counts the test process's memory, shared by the
/// child until its `exec`); its address space is capped with `ulimit -v`
/// at `memoryLimit` bytes, its umask is 022 unless the script sets another,
/// and it is killed (SIGKILL) after `timeLimit`.
enum BoundedProcess {
    static func run(
        _ script: String, in directory: URL, timeLimit: Duration = .seconds(30), memoryLimit: Int = 1 << 30
    ) throws -> BoundedRun {
        let scratch = try TemporaryFolder()
        let outputURL = scratch.file("stdout"), errorURL = scratch.file("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let environment = ProcessInfo.processInfo.environment.merging(
            ["VI": GalleryProcess.executable.path, "WORKDIR": directory.path]) { _, new in new }
        let words: [String] = ["/bin/sh", "-c", "ulimit -v \(memoryLimit / 1024)\numask 022\ncd \"$WORKDIR\" || exit 99\n" + script]
        let arguments = words.map { strdup($0) }
        let variables = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (arguments + variables).forEach { free($0) } }
        // Default dispositions and no blocked signals, whatever the test runner ignores or blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments + [nil], variables + [nil])
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        let deadline = ContinuousClock.now + timeLimit
        var status: Int32 = 0
        var timedOut = false
        var peak = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peak = max(peak, highWaterMark(of: pid))
            if ContinuousClock.now > deadline, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let signalled = status & 0x7F
        return BoundedRun(
            exitStatus: signalled == 0 ? (status >> 8) & 0xFF : nil,
            signal: signalled == 0 ? nil : signalled,
            timedOut: timedOut,
            peakResidentBytes: peak,
            standardOutput: String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self),
            standardError: String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self))
    }

    /// The `VmHWM` of a running process in bytes (0 once it has exited).
    private static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kibibytes * 1024
    }
}
