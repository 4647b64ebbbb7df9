import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Names of msrender's temporary files: `.msrender-<pid>-<n>.tmp`, unique per process
/// and run, so a later run can tell a dead run's leftovers from a live run's files.
enum TemporaryName {
    private static let counter = Atomic<Int>(0)
    private static let processID = getpid()

    static func next() -> String {
        ".msrender-\(processID)-\(counter.wrappingAdd(1, ordering: .relaxed).oldValue).tmp"
    }

    /// The pid in a temporary file's name, or nil when the name is not one.
    static func pid(_ name: [UInt8]) -> pid_t? {
        let prefix = Array(".msrender-".utf8)
        let suffix = Array(".tmp".utf8)
        guard name.count > prefix.count + suffix.count, name.starts(with: prefix),
            name.suffix(suffix.count).elementsEqual(suffix)
        else { return nil }
        let middle = name[prefix.count..<(name.count - suffix.count)]
        let parts = middle.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 10 && $0.allSatisfy(isDigit) }),
            let pid = Int32(String(decoding: parts[0], as: UTF8.self)), pid > 0
        else { return nil }
        return pid
    }

    /// True when no process `pid` runs (kill 0 says ESRCH); this process's own names
    /// count as dead, since a run removes its own before the next one starts.
    static func isLeftOver(_ name: [UInt8]) -> Bool {
        guard let pid = pid(name) else { return false }
        if pid == processID { return true }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
