import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built msrender binary as a child process and reports its exit status,
/// output, wall time and peak memory (from wait4's resource usage).
enum Subprocess {
    struct Result {
        var status: Int32
        var out: String
        var err: String
        var seconds: Double
        var peakMiB: Double
        var timedOut: Bool
    }

    /// The msrender binary beside the test bundle (swift test builds it).
    static var binary: String? {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDir, bundleDir.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("msrender").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let fallback = TestSupport.root + "/.build/debug/msrender"
        return FileManager.default.isExecutableFile(atPath: fallback) ? fallback : nil
    }

    /// Runs `binary args`, stdout/stderr to temp files, killed after `timeout` seconds.
    static func run(_ args: [String], timeout: Double = 60) -> Result? {
        _ = TestSupport.root  // relative paths in args are from the package root
        guard let binary else { return nil }
        return spawn(binary, [binary] + args, environment: [], timeout: timeout)
    }

    /// Runs `/bin/sh -c script` with `$MSRENDER` naming the binary: for redirections
    /// (`> /dev/full`, `>&-`, `| head`), other working folders and byte-exact names.
    static func shell(_ script: String, timeout: Double = 60) -> Result? {
        _ = TestSupport.root
        guard let binary else { return nil }
        return spawn("/bin/sh", ["/bin/sh", "-c", script], environment: ["MSRENDER=" + binary], timeout: timeout)
    }

    private static func spawn(_ executable: String, _ arguments: [String], environment: [String], timeout: Double)
        -> Result?
    {
        let dir = TestSupport.tempDir()
        let outPath = dir + "/out"
        let errPath = dir + "/err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var env: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) }
        var e = environ
        while let entry = e.pointee {
            env.append(strdup(entry))
            e += 1
        }
        env.append(nil)
        defer { for p in env { free(p) } }
        // The child starts with no signal blocked and default actions: a test thread's
        // mask (Dispatch workers block most signals) must not leak into it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, env) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if Date().timeIntervalSince(start) > timeout {
                kill(pid, SIGKILL)
                timedOut = true
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(2000)
        }
        let seconds = Date().timeIntervalSince(start)
        let exited = (status & 0x7f) == 0
        let code: Int32 = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(
            status: code, out: TestSupport.read(outPath) ?? "", err: TestSupport.read(errPath) ?? "",
            seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024, timedOut: timedOut)
    }
}
